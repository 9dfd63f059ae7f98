package vn.gov.daklak.platform.events;

/**
 * A record whose {@code ce_type} is missing or not an event of {@code EventCatalog}: it cannot be read, and retrying
 * cannot help, so it goes to the dead-letter topic with this message.
 */
public class UnknownEventTypeException extends IllegalArgumentException {

    public UnknownEventTypeException(String eventId, String type) {
        super(type == null ? "Record " + eventId + " has no ce_type header"
                : "Record " + eventId + " has ce_type '" + type + "', which is not an event of this platform");
    }
}
