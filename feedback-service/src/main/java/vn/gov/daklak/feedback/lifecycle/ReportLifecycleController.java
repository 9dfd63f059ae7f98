package vn.gov.daklak.feedback.lifecycle;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.report.InternalNote;
import vn.gov.daklak.feedback.report.ReportNotFoundException;
import vn.gov.daklak.feedback.report.ReportRepository;
import vn.gov.daklak.feedback.security.ApiPrincipal;
import vn.gov.daklak.feedback.tracking.ReportView;
import vn.gov.daklak.reference.Communes;

/** What a team member does to a report (staff console key + {@code X-Staff-Id}). */
@RestController
@RequestMapping("/api/v1/reports/{id}")
class ReportLifecycleController {
    private final ReportLifecycle lifecycle;
    private final ReportRepository reports;
    private final ReportMerges merges;

    ReportLifecycleController(ReportLifecycle lifecycle, ReportRepository reports, ReportMerges merges) {
        this.lifecycle = lifecycle;
        this.reports = reports;
        this.merges = merges;
    }

    record Note(@Size(max = 2000) String note) {
    }

    record Text(@NotBlank @Size(max = 5000) String text) {
    }

    record Resolution(@NotBlank @Size(max = 5000) String resolution) {
    }

    record Rejection(@NotBlank @Size(max = 2000) String reason, @NotBlank @Size(max = 300) String responsibleParty) {
    }

    record Duplicate(@NotBlank String duplicateOf) {
    }

    /** Where the team would hand the report on: both optional (routing decides again), the reason required. */
    record Transfer(@NotBlank @Size(max = 2000) String reason,
                    @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String toCommuneCode,
                    @Size(max = 100) String toTeamId) {

        @AssertTrue(message = "is not the code of a commune or ward of Đắk Lắk")
        boolean isKnownCommune() {
            return blankToNull(toCommuneCode) == null || !toCommuneCode.matches("\\d{5}")
                    || Communes.byCode(toCommuneCode).isPresent();
        }
    }

    record Member(@NotBlank @Size(max = 100) String memberId) {
    }

    @PostMapping("/acknowledge")
    ReportView acknowledge(@PathVariable String id, @Valid @RequestBody(required = false) Note body,
                           @RequestAttribute(ApiPrincipal.ATTRIBUTE) ApiPrincipal principal) {
        return view(lifecycle.changeStatus(id, ReportStatus.ACKNOWLEDGED, principal.requireStaff(), note(body)));
    }

    @PostMapping("/start")
    ReportView start(@PathVariable String id, @Valid @RequestBody(required = false) Note body,
                     @RequestAttribute(ApiPrincipal.ATTRIBUTE) ApiPrincipal principal) {
        return view(lifecycle.changeStatus(id, ReportStatus.IN_PROGRESS, principal.requireStaff(), note(body)));
    }

    @PostMapping("/ask")
    ReportView ask(@PathVariable String id, @Valid @RequestBody Text question,
                   @RequestAttribute(ApiPrincipal.ATTRIBUTE) ApiPrincipal principal) {
        String staff = principal.requireStaff();
        return view(lifecycle.act(id, (r, now) -> r.askResident(staff, question.text(), now)));
    }

    @PostMapping("/resolve")
    ReportView resolve(@PathVariable String id, @Valid @RequestBody Resolution body,
                       @RequestAttribute(ApiPrincipal.ATTRIBUTE) ApiPrincipal principal) {
        String staff = principal.requireStaff();
        return view(lifecycle.act(id, (r, now) -> r.resolveByTeam(staff, body.resolution(), now)));
    }

    @PostMapping("/reject")
    ReportView reject(@PathVariable String id, @Valid @RequestBody Rejection body,
                      @RequestAttribute(ApiPrincipal.ATTRIBUTE) ApiPrincipal principal) {
        return view(lifecycle.changeStatus(id, ReportStatus.REJECTED, principal.requireStaff(),
                body.reason() + " Đơn vị có thẩm quyền: " + body.responsibleParty()));
    }

    /**
     * The team hands the report on: it becomes TRANSFERRED and routing is asked ({@code ReportTransferRequested})
     * to route it again; routing's new {@code ReportRouted} makes it ROUTED with the new team.
     */
    @PostMapping("/transfer")
    ReportView transfer(@PathVariable String id, @Valid @RequestBody Transfer body,
                        @RequestAttribute(ApiPrincipal.ATTRIBUTE) ApiPrincipal principal) {
        String staff = principal.requireStaff();
        String reason = body.reason().strip();
        String toCommune = blankToNull(body.toCommuneCode());
        String toTeam = blankToNull(body.toTeamId());
        return view(lifecycle.act(id, (r, now) -> r.requestTransfer(staff, reason, toCommune, toTeam, now)));
    }

    /** Merges this report into {@code duplicateOf}: its reporter and followers follow that report from now on. */
    @PostMapping("/duplicate")
    ReportView duplicate(@PathVariable String id, @Valid @RequestBody Duplicate body,
                         @RequestAttribute(ApiPrincipal.ATTRIBUTE) ApiPrincipal principal) {
        return view(merges.merge(id, body.duplicateOf(), principal.requireStaff()));
    }

    @PostMapping("/claim")
    ReportView claim(@PathVariable String id, @RequestAttribute(ApiPrincipal.ATTRIBUTE) ApiPrincipal principal) {
        String staff = principal.requireStaff();
        return view(lifecycle.act(id, (r, now) -> r.assignTo(staff, staff, now)));
    }

    @PostMapping("/assign")
    ReportView assign(@PathVariable String id, @Valid @RequestBody Member body,
                      @RequestAttribute(ApiPrincipal.ATTRIBUTE) ApiPrincipal principal) {
        String staff = principal.requireStaff();
        return view(lifecycle.act(id, (r, now) -> r.assignTo(body.memberId(), staff, now)));
    }

    @PostMapping("/notes")
    List<InternalNote> addNote(@PathVariable String id, @Valid @RequestBody Text body,
                               @RequestAttribute(ApiPrincipal.ATTRIBUTE) ApiPrincipal principal) {
        String staff = principal.requireStaff();
        return lifecycle.act(id, (r, now) -> r.addInternalNote(staff, body.text(), now)).internalNotes();
    }

    @GetMapping("/notes")
    List<InternalNote> notes(@PathVariable String id,
                             @RequestAttribute(ApiPrincipal.ATTRIBUTE) ApiPrincipal principal) {
        principal.requireStaff();
        return reports.findById(id).orElseThrow(() -> new ReportNotFoundException(id)).internalNotes();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String note(Note body) {
        return body == null ? null : body.note();
    }

    private static ReportView view(vn.gov.daklak.feedback.report.Report report) {
        return ReportView.of(report);
    }
}
