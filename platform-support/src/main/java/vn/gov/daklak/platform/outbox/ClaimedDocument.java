package vn.gov.daklak.platform.outbox;

import java.util.List;

/** A document this relay instance holds the lease on, with its pending outbox entries in order. */
record ClaimedDocument(PendingDocument document, List<OutboxMessage> entries) {
}
