package vn.gov.daklak.platform.outbox;

/** Declares a MongoDB collection whose documents carry an {@code outbox} array for {@link OutboxRelay} to drain. */
public record OutboxCollection(String name) {
}
