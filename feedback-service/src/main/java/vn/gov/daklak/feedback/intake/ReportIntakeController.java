package vn.gov.daklak.feedback.intake;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.security.ApiPrincipal;

@RestController
@RequestMapping("/api/v1/reports")
class ReportIntakeController {
    private final ReportIntake intake;

    ReportIntakeController(ReportIntake intake) {
        this.intake = intake;
    }

    record Accepted(String id, String trackingCode, ReportStatus status) {
    }

    @PostMapping
    ResponseEntity<Accepted> submit(@Valid @RequestBody SubmitReportRequest request,
                                    @RequestAttribute(ApiPrincipal.ATTRIBUTE) ApiPrincipal principal) {
        Report report = intake.submit(request, principal.requireChannel());
        return ResponseEntity.created(URI.create("/api/v1/reports/" + report.id()))
                .body(new Accepted(report.id(), report.trackingCode(), report.status()));
    }
}
