package vn.gov.daklak.notification.recipients;

import java.util.Optional;

import vn.gov.daklak.contracts.report.Priority;

/**
 * Port: per report, the reporter's contact and what is needed to tell them things in order.
 * Every method answers empty (or throws {@link ReporterContactUnknownException}) while {@code report.submitted}
 * has not been seen.
 */
public interface ReporterContacts {

    /** Stores the contact for a report; the first one stored wins, so redelivery changes nothing. */
    void remember(String reportId, Contact contact);

    /**
     * The contact for a report together with a fresh per-report sequence number (1, 2, ...) that orders
     * notifications created within the same millisecond, and how many routing events were handled so far;
     * empty while {@code report.submitted} has not been seen.
     */
    Optional<SequencedContact> nextForReport(String reportId);

    /** Notes that the routing event {@code eventId} (at {@code priority}) of the report was handled (idempotent). */
    void routingHandled(String reportId, String eventId, Priority priority);

    /** What staff messages need to know of a report; empty while {@code report.submitted} has not been seen. */
    Optional<ReportSummary> summary(String reportId);

    /**
     * Notes the status change to ROUTED {@code statusEventId} (idempotent) and tells whether as many routing events
     * have been handled as the report has had ROUTED status changes.
     *
     * @throws ReporterContactUnknownException when {@code report.submitted} has not been seen
     */
    boolean routingCaughtUp(String reportId, String statusEventId);

    record SequencedContact(Contact contact, long sequence, int routingsHandled) {
    }

    /**
     * @param priority        as of the latest routing, null before it
     * @param routingsHandled how many routing events were handled: 0 while the report's team is not known here
     */
    record ReportSummary(String trackingCode, Priority priority, int routingsHandled) {
    }
}
