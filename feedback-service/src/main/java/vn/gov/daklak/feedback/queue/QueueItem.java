package vn.gov.daklak.feedback.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.tracking.StatusLabels;
import vn.gov.daklak.reference.Categories;

/** A report as a line of a team's queue (staff only; no contact details). Times in Asia/Ho_Chi_Minh. */
public record QueueItem(String id, String trackingCode, String categoryCode, String categoryNameVi, String title,
                        ReportStatus status, String statusLabel, Priority priority, String teamId,
                        String communeCode, String assigneeId, OffsetDateTime acknowledgeBy,
                        OffsetDateTime resolveBy, boolean overdue, OffsetDateTime submittedAt,
                        OffsetDateTime updatedAt, int photoCount, int followerCount, int reopenCount) {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static QueueItem of(Report report, Clock clock) {
        var a = report.assignment();
        Instant resolveBy = a == null ? null : a.resolveBy();
        boolean open = Report.OPEN.contains(report.status());
        return new QueueItem(report.id(), report.trackingCode(), report.categoryCode(),
                Categories.byCode(report.categoryCode()).map(c -> c.nameVi()).orElse(null), report.title(),
                report.status(), StatusLabels.vi(report.status()), a == null ? null : a.priority(),
                a == null ? null : a.teamId(), a == null ? report.communeCode() : a.communeCode(),
                report.assigneeId(), local(a == null ? null : a.acknowledgeBy()), local(resolveBy),
                open && resolveBy != null && resolveBy.isBefore(clock.instant()), local(report.submittedAt()),
                local(report.updatedAt()), report.photos().size(), report.followers().size(), report.reopenCount());
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(VIETNAM).toOffsetDateTime();
    }
}
