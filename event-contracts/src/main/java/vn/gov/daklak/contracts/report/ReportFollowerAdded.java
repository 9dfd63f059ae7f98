package vn.gov.daklak.contracts.report;

import java.time.Instant;

/**
 * Another resident now follows a report and is to be told of its updates like its reporter: they chose to follow it
 * instead of filing the same problem again, or a team merged their own report into it.
 *
 * @param follower           how to reach the follower (the only report event besides {@code report.submitted} that
 *                           carries contact details)
 * @param mergedFromReportId the report a team merged into this one, whose reporter this follower is; null when the
 *                           resident followed the report directly
 */
public record ReportFollowerAdded(String reportId, ReporterContact follower, String mergedFromReportId,
                                  Instant addedAt) {
}
