package vn.gov.daklak.feedback.open311;

import java.util.List;

import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.open311.Open311Documents.Extended;
import vn.gov.daklak.feedback.open311.Open311Documents.Note;
import vn.gov.daklak.feedback.open311.Open311Documents.ServiceRequest;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.transparency.PublicHistory;
import vn.gov.daklak.feedback.transparency.PublicPlace;
import vn.gov.daklak.feedback.transparency.PublicStatus;
import vn.gov.daklak.feedback.report.PublicText;
import vn.gov.daklak.feedback.transparency.PublicTime;
import vn.gov.daklak.reference.Categories;
import vn.gov.daklak.reference.Category;

/**
 * A public report as an Open311 service request: {@code agency_responsible} the team routing chose,
 * {@code expected_datetime} its resolution deadline, {@code address} the commune (never the typed address),
 * {@code lat}/{@code long} rounded to ~100 m, {@code status_notes} the latest public note.
 */
final class Open311RequestView {

    private Open311RequestView() {
    }

    static ServiceRequest of(Report report, boolean extensions) {
        PublicStatus status = PublicStatus.of(report.status());
        PublicPlace place = PublicPlace.of(report);
        var assignment = report.assignment();
        String address = place.communeName() == null ? null : place.communeName() + ", Tỉnh Đắk Lắk";
        return new ServiceRequest(report.id(), status.open() ? "open" : "closed", PublicHistory.currentNote(report),
                Categories.byCode(report.categoryCode()).map(Category::nameVi).orElse(null), report.categoryCode(),
                PublicText.of(report.description(), report.reporter()),
                assignment == null ? null : assignment.teamName(), null, PublicTime.iso(report.submittedAt()),
                PublicTime.iso(report.updatedAt()), assignment == null ? null : PublicTime.iso(assignment.resolveBy()),
                address, place.communeCode(), null, place.location() == null ? null : place.location().lat(),
                place.location() == null ? null : place.location().lon(), null,
                extensions ? extended(report) : null);
    }

    private static Extended extended(Report report) {
        List<Note> notes = PublicHistory.of(report).stream().map(update -> new Note(PublicTime.iso(update.at()),
                type(update.status()), PublicStatus.of(update.status()).label(), update.note())).toList();
        return new Extended(PublicText.of(report.title(), report.reporter()), notes);
    }

    private static String type(ReportStatus status) {
        if (status == ReportStatus.SUBMITTED) {
            return "opened";
        }
        return PublicStatus.of(status).open() ? "activity" : "closed";
    }
}
