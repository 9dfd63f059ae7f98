package vn.gov.daklak.feedback.lifecycle;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.function.BiConsumer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.security.ReportAccess;
import vn.gov.daklak.feedback.tracking.ReportView;
import vn.gov.daklak.platform.audit.Audited;
import vn.gov.daklak.platform.security.Caller;

/** What the resident does to their report: only the report's owner (a resident token whose subject owns it). */
@RestController
@RequestMapping("/api/v1/reports/{id}/citizen")
class CitizenActionsController {
    private final ReportLifecycle lifecycle;
    private final ReportAccess access;

    CitizenActionsController(ReportLifecycle lifecycle, ReportAccess access) {
        this.lifecycle = lifecycle;
        this.access = access;
    }

    record Answer(@NotBlank @Size(max = 5000) String text) {
    }

    record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    record Score(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 2000) String comment) {
    }

    record Edit(@Size(min = 1, max = 200) String title, @Size(min = 1, max = 5000) String description) {
        @AssertTrue(message = "give a title or a description to change")
        boolean isChanging() {
            return title != null || description != null;
        }
    }

    @PostMapping("/answer")
    @Audited(value = "report.resident.answer", target = "id")
    ReportView answer(@PathVariable String id, @Valid @RequestBody Answer body,
                      Caller caller) {
        return ReportView.of(act(id, caller, (r, now) -> r.answer(body.text(), now)));
    }

    @PostMapping("/confirm")
    @Audited(value = "report.resident.confirm", target = "id")
    ReportView confirm(@PathVariable String id, Caller caller) {
        return ReportView.of(act(id, caller, (r, now) -> r.confirm(now)));
    }

    @PostMapping("/reopen")
    @Audited(value = "report.resident.reopen", target = "id")
    ReportView reopen(@PathVariable String id, @Valid @RequestBody Reason body,
                      Caller caller) {
        return ReportView.of(act(id, caller, (r, now) -> r.reopen(body.reason(), now)));
    }

    @PostMapping("/rate")
    @Audited(value = "report.resident.rate", target = "id")
    ReportView rate(@PathVariable String id, @Valid @RequestBody Score body,
                    Caller caller) {
        return ReportView.of(act(id, caller, (r, now) -> r.rate(body.score(), body.comment(), now)));
    }

    @PostMapping("/edit")
    @Audited(value = "report.resident.edit", target = "id")
    ReportView edit(@PathVariable String id, @Valid @RequestBody Edit body,
                    Caller caller) {
        return ReportView.of(act(id, caller, (r, now) -> r.edit(body.title(), body.description(), now)));
    }

    @PostMapping("/withdraw")
    @Audited(value = "report.resident.withdraw", target = "id")
    ReportView withdraw(@PathVariable String id, @Valid @RequestBody Reason body,
                        Caller caller) {
        return ReportView.of(act(id, caller, (r, now) -> r.withdraw(body.reason(), now)));
    }

    /** Applies the resident's action after checking, on the copy being changed, that the report is theirs. */
    private Report act(String id, Caller caller, BiConsumer<Report, Instant> action) {
        return lifecycle.act(id, (r, now) -> {
            access.requireOwner(caller, r);
            action.accept(r, now);
        });
    }
}
