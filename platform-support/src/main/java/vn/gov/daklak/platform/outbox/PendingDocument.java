package vn.gov.daklak.platform.outbox;

/** A document that may hold events waiting in its {@code outbox}: where the relay finds them, by key. */
record PendingDocument(String collection, Object id) {
}
