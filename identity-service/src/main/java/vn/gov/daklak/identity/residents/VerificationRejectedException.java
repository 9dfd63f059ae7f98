package vn.gov.daklak.identity.residents;

/** A verification code that is wrong, expired or for nothing pending: HTTP 400. */
class VerificationRejectedException extends RuntimeException {
    VerificationRejectedException(String message) {
        super(message);
    }
}
