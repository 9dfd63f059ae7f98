package vn.gov.daklak.feedback.audit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.gov.daklak.platform.audit.AuditEntry;
import vn.gov.daklak.platform.audit.AuditLog;
import vn.gov.daklak.platform.audit.AuditQuery;

/**
 * Who did what to a report, and when: the report's audit entries in the order they were written, optionally of one
 * actor or one action. Only province administrators and province operations (the security chain decides); there is
 * no endpoint that changes or removes an entry.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {
    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    List<AuditEntry> history(@RequestParam @NotBlank @Size(max = 200) String reportId,
                             @RequestParam(required = false) String actor,
                             @RequestParam(required = false) String action,
                             @RequestParam(defaultValue = "500") @Min(1) @Max(1000) int limit) {
        return auditLog.find(AuditQuery.historyOf(reportId, actor, action, limit));
    }
}
