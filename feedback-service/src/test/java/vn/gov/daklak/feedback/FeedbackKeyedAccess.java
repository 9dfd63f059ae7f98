package vn.gov.daklak.feedback;

import java.util.List;

import vn.gov.daklak.platform.test.mongo.KeyedAccessExemption;

/**
 * The code of feedback-service that may read MongoDB without a key while reports flow, and why (see
 * docs/ARCHITECTURE.md, "Data access by key"). Everything else a test makes the service do must read by key.
 */
final class FeedbackKeyedAccess {

    static final List<KeyedAccessExemption> EXEMPTIONS = List.of(
            KeyedAccessExemption.of("vn.gov.daklak.feedback.lifecycle.AutoClose#run",
                    "scheduled sweep: resolved reports past the dispute window, 500 at a time"),
            KeyedAccessExemption.of("vn.gov.daklak.feedback.idempotency.IdempotencyStore#expire",
                    "scheduled sweep: idempotency keys past their retention (no TTL index on the stand-in)"),
            KeyedAccessExemption.of("vn.gov.daklak.feedback.queue.QueueFeedWriter#drainLeftovers",
                    "recovery sweep (every minute): queue notices a crash left between a save and its drain"),
            KeyedAccessExemption.of("vn.gov.daklak.feedback.queue.MongoQueueFeed#prune",
                    "scheduled retention: lists the teams' feed heads, then deletes entries by id"),
            KeyedAccessExemption.of("vn.gov.daklak.feedback.transparency.PublicReports#page",
                    "public list: a bounded page (at most 200) and its total over the public reports"),
            KeyedAccessExemption.of("vn.gov.daklak.feedback.transparency.PublicReports#find",
                    "Open311 search and updates: a bounded page (at most 1000) for partner applications"),
            KeyedAccessExemption.of("vn.gov.daklak.feedback.transparency.ReportStatistics#compute",
                    "public statistics: the period's reports (at most 366 days), streamed once per request"),
            KeyedAccessExemption.of("vn.gov.daklak.platform.audit.MongoAuditLog#find",
                    "audit reading for province administrators and operations: a bounded page"));

    private FeedbackKeyedAccess() {
    }
}
