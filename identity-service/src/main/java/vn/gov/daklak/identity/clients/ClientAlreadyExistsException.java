package vn.gov.daklak.identity.clients;

class ClientAlreadyExistsException extends RuntimeException {
    ClientAlreadyExistsException(String clientId) {
        super("A channel application with client id " + clientId + " already exists");
    }
}
