package vn.gov.daklak.notification.recipients;

import java.util.Optional;

import vn.gov.daklak.contracts.report.Priority;

/**
 * Port: per report, the reporter's contact and what is needed to tell them things in order. Every method answers
 * empty (or does nothing) for a report whose {@code report.submitted} was not handled here.
 */
public interface ReporterContacts {

    /** Stores the contact for a report; the first one stored wins, so redelivery changes nothing. */
    void remember(String reportId, Contact contact);

    /**
     * The contact for a report together with a fresh per-report sequence number (1, 2, ...) that orders
     * notifications created within the same millisecond.
     */
    Optional<SequencedContact> nextForReport(String reportId);

    /** Notes the priority of the report's latest routing (idempotent). */
    void routed(String reportId, Priority priority);

    /** What staff messages need to know of a report. */
    Optional<ReportSummary> summary(String reportId);

    record SequencedContact(Contact contact, long sequence) {
    }

    /** @param priority as of the latest routing, null before it */
    record ReportSummary(String trackingCode, Priority priority) {
    }
}
