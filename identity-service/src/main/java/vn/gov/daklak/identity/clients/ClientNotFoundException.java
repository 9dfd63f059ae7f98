package vn.gov.daklak.identity.clients;

class ClientNotFoundException extends RuntimeException {
    ClientNotFoundException(String clientId) {
        super("No channel application with client id " + clientId);
    }
}
