package vn.gov.daklak.identity.residents;

class ResidentNotFoundException extends RuntimeException {
    ResidentNotFoundException(String residentId) {
        super("No active resident account " + residentId);
    }
}
