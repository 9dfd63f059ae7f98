package vn.gov.daklak.feedback.transparency;

import vn.gov.daklak.feedback.report.PublicText;
import java.time.OffsetDateTime;

import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.reference.Categories;

/**
 * A report on the public map and list. Built field by field from an allow-list: nothing about the reporter, the
 * staff, internal notes or the typed address; free text without contact details; the point rounded to ~100 m.
 */
public record PublicReportView(String id, Category category, String title, String description, ReportStatus status,
                               String statusLabel, boolean open, String communeCode, String communeName,
                               GeoPoint location, String agency, OffsetDateTime submittedAt,
                               OffsetDateTime updatedAt, OffsetDateTime resolveBy, OffsetDateTime resolvedAt,
                               String resolution) {

    public record Category(String code, String nameVi, String nameEn) {
    }

    static PublicReportView of(Report report) {
        var category = Categories.byCode(report.categoryCode())
                .map(c -> new Category(c.code(), c.nameVi(), c.nameEn()))
                .orElse(new Category(report.categoryCode(), null, null));
        PublicStatus status = PublicStatus.of(report.status());
        PublicPlace place = PublicPlace.of(report);
        var assignment = report.assignment();
        boolean resolved = isResolved(report);
        return new PublicReportView(report.id(), category, PublicText.of(report.title(), report.reporter()),
                PublicText.of(report.description(), report.reporter()), report.status(), status.label(),
                status.open(), place.communeCode(), place.communeName(), place.location(),
                assignment == null ? null : assignment.teamName(), PublicTime.local(report.submittedAt()),
                PublicTime.local(report.updatedAt()),
                assignment == null ? null : PublicTime.local(assignment.resolveBy()),
                resolved ? PublicTime.local(report.resolution().at()) : null,
                resolved ? PublicText.of(report.resolution().text(), report.reporter()) : null);
    }

    /** Resolved and not disputed: a reopened report's earlier resolution is not shown as its outcome. */
    static boolean isResolved(Report report) {
        return report.resolution() != null
                && (report.status() == ReportStatus.RESOLVED || report.status() == ReportStatus.CLOSED);
    }
}
