package vn.gov.daklak.platform.outbox;

import java.time.Instant;

/**
 * An event waiting to be published, stored inside the aggregate's own document (field {@code outbox}) so that the
 * state change and the event are written by one atomic single-document write, on real MongoDB and on the stand-in
 * alike. {@link OutboxRelay} publishes it and then removes it.
 */
public record OutboxMessage(String eventId, String topic, String key, String type, String source, String subject,
                            Instant time, String dataSchema, String payload) {
}
