package vn.gov.daklak.identity.staff;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import vn.gov.daklak.identity.admin.AdminOnly;
import vn.gov.daklak.platform.audit.Audited;

/** Staff accounts over HTTP, for province administrators only (the accounts hold contact details). */
@AdminOnly
@RestController
@RequestMapping("/api/v1/staff")
class StaffController {
    private final StaffService service;

    StaffController(StaffService service) {
        this.service = service;
    }

    @GetMapping("/{staffId}")
    StaffView get(@PathVariable String staffId) {
        return StaffView.of(service.get(staffId));
    }

    @Audited("staff.create")
    @PostMapping
    ResponseEntity<StaffView> create(@Valid @RequestBody CreateStaffRequest request) {
        StaffMember member = service.create(request.staffId(), request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/staff/" + member.staffId())).body(StaffView.of(member));
    }

    @Audited("staff.update")
    @PutMapping("/{staffId}")
    StaffView update(@PathVariable String staffId, @Valid @RequestBody UpdateStaffRequest request) {
        return StaffView.of(service.change(staffId, request.toDetails()));
    }
}
