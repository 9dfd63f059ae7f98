package vn.gov.daklak.platform.events;

/**
 * Thrown by a consumer when an event cannot be handled <em>yet</em> (something it depends on has not arrived).
 * It is on the binder's retry allow-list; anything not on that list goes straight to the dead-letter topic.
 */
public class RetryableEventException extends RuntimeException {
    public RetryableEventException(String message) {
        super(message);
    }
}
