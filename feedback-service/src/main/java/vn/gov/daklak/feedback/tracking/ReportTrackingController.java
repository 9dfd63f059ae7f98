package vn.gov.daklak.feedback.tracking;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.daklak.feedback.report.ReportNotFoundException;
import vn.gov.daklak.feedback.report.ReportRepository;

/** A resident follows a report by its id or its short tracking code. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportTrackingController {
    private final ReportRepository reports;

    ReportTrackingController(ReportRepository reports) {
        this.reports = reports;
    }

    @GetMapping("/{id}")
    ReportView byId(@PathVariable String id) {
        return reports.findById(id).map(ReportView::of).orElseThrow(() -> new ReportNotFoundException(id));
    }

    @GetMapping("/track/{trackingCode}")
    ReportView byTrackingCode(@PathVariable String trackingCode) {
        return reports.findByTrackingCode(trackingCode.toUpperCase()).map(ReportView::of)
                .orElseThrow(() -> new ReportNotFoundException(trackingCode));
    }
}
