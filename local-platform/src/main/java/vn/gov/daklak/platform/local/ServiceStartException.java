package vn.gov.daklak.platform.local;

/** A service did not become ready: it exited, timed out, or its jar is missing. The message says which. */
public class ServiceStartException extends RuntimeException {

    public ServiceStartException(String message) {
        super(message);
    }

    public ServiceStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
