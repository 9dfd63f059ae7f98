package vn.gov.daklak.notification.channels;

/**
 * A provider did not accept a message. {@code permanent} when trying again cannot help (invalid number, blocked
 * recipient, rejected template); otherwise the notification stays pending and is retried later.
 */
public class DeliveryException extends RuntimeException {
    private final boolean permanent;

    public DeliveryException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    public DeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
