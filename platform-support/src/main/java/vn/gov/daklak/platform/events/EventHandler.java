package vn.gov.daklak.platform.events;

/** What a consumer does with one event type; {@code envelope.id()} is the event id to deduplicate on. */
@FunctionalInterface
public interface EventHandler<T> {

    void handle(T event, EventEnvelope envelope);
}
