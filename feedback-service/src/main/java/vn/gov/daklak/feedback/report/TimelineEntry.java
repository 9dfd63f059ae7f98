package vn.gov.daklak.feedback.report;

import java.time.Instant;

import vn.gov.daklak.contracts.report.ReportStatus;

/**
 * One line of a report's history. {@code status} is the status after the entry; {@code actor} who caused it
 * ({@code citizen}, a staff id, {@code routing-service}, {@code notification-service}).
 */
public record TimelineEntry(Instant at, Kind kind, ReportStatus status, String actor, String note) {

    public enum Kind {
        SUBMITTED, STATUS_CHANGED, ROUTED, NOTIFIED, NOTIFICATION_FAILED, ASSIGNED, EDITED, RATED
    }
}
