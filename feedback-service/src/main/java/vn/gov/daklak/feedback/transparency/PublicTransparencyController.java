package vn.gov.daklak.feedback.transparency;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.gov.daklak.contracts.report.ReportStatus;

/** What anyone may see, without a key: the public map and list of reports, and how each commune performs. */
@RestController
@RequestMapping(path = "/api/v1/public", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicTransparencyController {
    private final PublicReports reports;
    private final ReportStatistics statistics;

    PublicTransparencyController(PublicReports reports, ReportStatistics statistics) {
        this.reports = reports;
        this.statistics = statistics;
    }

    @GetMapping("/reports")
    PublicPage<PublicReportView> reports(
            @RequestParam(required = false) String commune, @RequestParam(required = false) String category,
            @RequestParam(required = false) List<ReportStatus> status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        PublicFilter filter = PublicFilter.of(commune, category, status, from, to);
        return reports.page(filter.condition(), page, size).map(PublicReportView::of);
    }

    @GetMapping("/stats")
    PublicStats stats(
            @RequestParam(required = false) String commune, @RequestParam(required = false) String category,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.compute(commune, category, from, to);
    }
}
