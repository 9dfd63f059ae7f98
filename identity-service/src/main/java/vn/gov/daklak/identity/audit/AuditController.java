package vn.gov.daklak.identity.audit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.gov.daklak.identity.admin.AdminOnly;

/** Reading the audit log; there is no endpoint that changes it. */
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
        return auditLog.find(blankToNull(actor), blankToNull(action), limit);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
