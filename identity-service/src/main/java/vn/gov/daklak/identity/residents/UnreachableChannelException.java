package vn.gov.daklak.identity.residents;

/** A preferred channel the resident cannot be reached on (SMS or Zalo without a signed-in phone). */
class UnreachableChannelException extends RuntimeException {
    UnreachableChannelException(String message) {
        super(message);
    }
}
