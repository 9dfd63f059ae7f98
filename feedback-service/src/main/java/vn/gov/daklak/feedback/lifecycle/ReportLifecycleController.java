package vn.gov.daklak.feedback.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.platform.audit.Audited;
import vn.gov.daklak.platform.security.Caller;
import vn.gov.daklak.feedback.report.InternalNote;
import vn.gov.daklak.feedback.report.ReportNotFoundException;
import vn.gov.daklak.feedback.report.Reports;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.security.ReportAccess;
import vn.gov.daklak.feedback.tracking.ReportView;
import vn.gov.daklak.reference.Communes;

/**
 * What a team member does to a report: staff who may work on its current team and commune
 * ({@link ReportAccess#requireWorkOn}); giving it to a member needs the team's lead or province-wide staff. The actor
 * recorded is the token's subject.
 */
@RestController
@RequestMapping("/api/v1/reports/{id}")
class ReportLifecycleController {
    private final ReportLifecycle lifecycle;
    private final Reports reports;
    private final ReportMerges merges;
    private final ReportAccess access;

    ReportLifecycleController(ReportLifecycle lifecycle, Reports reports, ReportMerges merges,
                              ReportAccess access) {
        this.lifecycle = lifecycle;
        this.reports = reports;
        this.merges = merges;
        this.access = access;
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
    @Audited(value = "report.acknowledge", target = "id")
    ReportView acknowledge(@PathVariable String id, @Valid @RequestBody(required = false) Note body,
                           Caller caller) {
        return view(changeStatus(id, ReportStatus.ACKNOWLEDGED, caller, note(body)));
    }

    @PostMapping("/start")
    @Audited(value = "report.start", target = "id")
    ReportView start(@PathVariable String id, @Valid @RequestBody(required = false) Note body,
                     Caller caller) {
        return view(changeStatus(id, ReportStatus.IN_PROGRESS, caller, note(body)));
    }

    @PostMapping("/ask")
    @Audited(value = "report.ask", target = "id")
    ReportView ask(@PathVariable String id, @Valid @RequestBody Text question,
                   Caller caller) {
        return view(act(id, caller, (r, now) -> r.askResident(caller.subject(), question.text(), now)));
    }

    @PostMapping("/resolve")
    @Audited(value = "report.resolve", target = "id")
    ReportView resolve(@PathVariable String id, @Valid @RequestBody Resolution body,
                       Caller caller) {
        return view(act(id, caller, (r, now) -> r.resolveByTeam(caller.subject(), body.resolution(), now)));
    }

    @PostMapping("/reject")
    @Audited(value = "report.reject", target = "id")
    ReportView reject(@PathVariable String id, @Valid @RequestBody Rejection body,
                      Caller caller) {
        return view(changeStatus(id, ReportStatus.REJECTED, caller,
                body.reason() + " Đơn vị có thẩm quyền: " + body.responsibleParty()));
    }

    /**
     * The team hands the report on: it becomes TRANSFERRED and routing is asked ({@code ReportTransferRequested})
     * to route it again; routing's new {@code ReportRouted} makes it ROUTED with the new team.
     */
    @PostMapping("/transfer")
    @Audited(value = "report.transfer", target = "id")
    ReportView transfer(@PathVariable String id, @Valid @RequestBody Transfer body,
                        Caller caller) {
        String staff = caller.subject();
        String reason = body.reason().strip();
        String toCommune = blankToNull(body.toCommuneCode());
        String toTeam = blankToNull(body.toTeamId());
        return view(act(id, caller, (r, now) -> r.requestTransfer(staff, reason, toCommune, toTeam, now)));
    }

    /** Merges this report into {@code duplicateOf}: its reporter and followers follow that report from now on. */
    @PostMapping("/duplicate")
    @Audited(value = "report.merge-duplicate", target = "id")
    ReportView duplicate(@PathVariable String id, @Valid @RequestBody Duplicate body,
                         Caller caller) {
        access.requireWorkOn(caller, find(id));
        return view(merges.merge(id, body.duplicateOf(), caller.subject()));
    }

    @PostMapping("/claim")
    @Audited(value = "report.claim", target = "id")
    ReportView claim(@PathVariable String id, Caller caller) {
        return view(act(id, caller, (r, now) -> r.assignTo(caller.subject(), caller.subject(), now)));
    }

    @PostMapping("/assign")
    @Audited(value = "report.assign", target = "id")
    ReportView assign(@PathVariable String id, @Valid @RequestBody Member body,
                      Caller caller) {
        return view(lifecycle.act(id, (r, now) -> {
            access.requireLeadOf(caller, r);
            r.assignTo(body.memberId(), caller.subject(), now);
        }));
    }

    @PostMapping("/notes")
    @Audited(value = "report.note.add", target = "id")
    List<InternalNote> addNote(@PathVariable String id, @Valid @RequestBody Text body,
                               Caller caller) {
        return act(id, caller, (r, now) -> r.addInternalNote(caller.subject(), body.text(), now)).internalNotes();
    }

    @GetMapping("/notes")
    List<InternalNote> notes(@PathVariable String id,
                             Caller caller) {
        Report report = find(id);
        access.requireWorkOn(caller, report);
        return report.internalNotes();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Applies a team action after checking, on the copy being changed, that the caller may work on the report. */
    private Report act(String id, Caller caller, BiConsumer<Report, Instant> action) {
        return lifecycle.act(id, (r, now) -> {
            access.requireWorkOn(caller, r);
            action.accept(r, now);
        });
    }

    private Report changeStatus(String id, ReportStatus to, Caller caller, String note) {
        return act(id, caller, (r, now) -> r.changeStatus(to, caller.subject(), "TEAM_MEMBER", note, now));
    }

    private Report find(String id) {
        return reports.find(id).orElseThrow(() -> new ReportNotFoundException(id));
    }

    private static String note(Note body) {
        return body == null ? null : body.note();
    }

    private static ReportView view(Report report) {
        return ReportView.forStaff(report);
    }
}
