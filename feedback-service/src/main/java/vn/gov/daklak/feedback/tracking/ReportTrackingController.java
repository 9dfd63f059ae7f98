package vn.gov.daklak.feedback.tracking;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.ReportNotFoundException;
import vn.gov.daklak.feedback.report.Reports;
import vn.gov.daklak.feedback.security.ReportAccess;
import vn.gov.daklak.platform.security.Caller;

/**
 * A report by its id (its owner, or staff who may work on it: the staff view) or by its short tracking code (no
 * token: the code is the capability; the view without location, address or staff names).
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportTrackingController {
    private final Reports reports;
    private final ReportAccess access;

    ReportTrackingController(Reports reports, ReportAccess access) {
        this.reports = reports;
        this.access = access;
    }

    @GetMapping("/{id}")
    ReportView byId(@PathVariable String id, Caller caller) {
        Report report = reports.find(id).orElseThrow(() -> new ReportNotFoundException(id));
        access.requireView(caller, report);
        return access.isOwner(caller, report) ? ReportView.of(report) : ReportView.forStaff(report);
    }

    @GetMapping("/track/{trackingCode}")
    ReportView byTrackingCode(@PathVariable String trackingCode) {
        return reports.findByTrackingCode(trackingCode.toUpperCase()).map(ReportView::tracked)
                .orElseThrow(() -> new ReportNotFoundException(trackingCode));
    }
}
