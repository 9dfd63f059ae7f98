package vn.gov.daklak.feedback.lifecycle;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.security.ApiPrincipal;
import vn.gov.daklak.feedback.tracking.ReportView;

/** What a team member does to a report (staff console key + {@code X-Staff-Id}). */
@RestController
@RequestMapping("/api/v1/reports/{id}")
class ReportLifecycleController {
    private final ReportLifecycle lifecycle;

    ReportLifecycleController(ReportLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    record Note(@Size(max = 2000) String note) {
    }

    record Resolution(@NotBlank @Size(max = 5000) String resolution) {
    }

    record Rejection(@NotBlank @Size(max = 2000) String reason, @NotBlank @Size(max = 300) String responsibleParty) {
    }

    @PostMapping("/acknowledge")
    ReportView acknowledge(@PathVariable String id, @Valid @RequestBody(required = false) Note body,
                           @RequestAttribute(ApiPrincipal.ATTRIBUTE) ApiPrincipal principal) {
        return change(id, ReportStatus.ACKNOWLEDGED, principal, body == null ? null : body.note());
    }

    @PostMapping("/start")
    ReportView start(@PathVariable String id, @Valid @RequestBody(required = false) Note body,
                     @RequestAttribute(ApiPrincipal.ATTRIBUTE) ApiPrincipal principal) {
        return change(id, ReportStatus.IN_PROGRESS, principal, body == null ? null : body.note());
    }

    @PostMapping("/resolve")
    ReportView resolve(@PathVariable String id, @Valid @RequestBody Resolution body,
                       @RequestAttribute(ApiPrincipal.ATTRIBUTE) ApiPrincipal principal) {
        return change(id, ReportStatus.RESOLVED, principal, body.resolution());
    }

    @PostMapping("/reject")
    ReportView reject(@PathVariable String id, @Valid @RequestBody Rejection body,
                      @RequestAttribute(ApiPrincipal.ATTRIBUTE) ApiPrincipal principal) {
        return change(id, ReportStatus.REJECTED, principal,
                body.reason() + " Đơn vị có thẩm quyền: " + body.responsibleParty());
    }

    private ReportView change(String id, ReportStatus to, ApiPrincipal principal, String note) {
        return ReportView.of(lifecycle.change(id, to, principal.requireStaff(), note));
    }
}
