package vn.gov.daklak.platform.events;

import java.util.List;

/**
 * What a batch consumer does with a run of consecutive events of one type (see {@link EventHandlers.Builder#onRun}):
 * one database round trip for the whole run instead of one per event. Handling must be idempotent per event, as for
 * {@link EventHandler}: after a failure the run is retried, and then its events are handled one at a time, so that
 * only the one that fails goes to the dead-letter topic.
 */
@FunctionalInterface
public interface EventRunHandler<T> {

    void handle(List<Delivery<T>> run);

    /** One event of a run, with its CloudEvents attributes. */
    record Delivery<T>(T event, EventEnvelope envelope) {
    }
}
