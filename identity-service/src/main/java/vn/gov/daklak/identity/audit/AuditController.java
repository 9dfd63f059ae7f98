package vn.gov.daklak.identity.audit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.gov.daklak.identity.admin.AdminOnly;
import vn.gov.daklak.platform.audit.AuditEntry;
import vn.gov.daklak.platform.audit.AuditLog;
import vn.gov.daklak.platform.audit.AuditQuery;

/**
 * Reading identity's audit log (province administrators); there is no endpoint that changes it. The log itself (the
 * {@code @Audited} annotation, the interceptor, the insert-only {@code audit_log} collection) is platform-support's.
 */
@AdminOnly
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {
    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    List<AuditEntry> find(@RequestParam(required = false) String actor,
                          @RequestParam(required = false) String action,
                          @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return auditLog.find(AuditQuery.newestFirst(actor, action, limit));
    }
}
