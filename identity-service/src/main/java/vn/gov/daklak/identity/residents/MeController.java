package vn.gov.daklak.identity.residents;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.platform.audit.Audited;
import vn.gov.daklak.platform.security.AssuranceLevel;

/** A resident's own account, with a resident's access token ({@code subject_type} resident). */
@RestController
@RequestMapping("/api/v1/me")
class MeController {
    private final ResidentAccounts accounts;
    private final ContactChanges contacts;

    MeController(ResidentAccounts accounts, ContactChanges contacts) {
        this.accounts = accounts;
        this.contacts = contacts;
    }

    /** The code sent to a new address: {@code {"channel": "EMAIL", "code": "123456"}}. */
    record VerificationCode(@jakarta.validation.constraints.NotNull Channel channel,
                            @jakarta.validation.constraints.NotBlank String code) {
    }

    @Audited("resident.export")
    @GetMapping("/export")
    ResponseEntity<ResidentExport> export(@AuthenticationPrincipal Jwt token) {
        ResidentExport export = accounts.export(token.getSubject(), AssuranceLevel.ofAcr(token.getClaimAsString("acr")));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"daklak-identity-export.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export);
    }

    @Audited("resident.delete")
    @DeleteMapping
    ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt token) {
        accounts.delete(token.getSubject());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/contact-preferences")
    ContactPreferencesState contactPreferences(@AuthenticationPrincipal Jwt token) {
        return contacts.current(token.getSubject());
    }

    /**
     * Replaces how the resident is told of their reports; notification-service learns it by event. A new e-mail
     * address or Zalo id gets a code and is used only after {@code POST .../contact-preferences/verification}.
     */
    @Audited("resident.contact-preferences")
    @PutMapping("/contact-preferences")
    ContactPreferencesState changeContactPreferences(@AuthenticationPrincipal Jwt token,
                                                     @Valid @RequestBody ContactPreferences preferences) {
        return contacts.change(token.getSubject(), preferences);
    }

    @Audited("resident.contact-preferences.verify")
    @PostMapping("/contact-preferences/verification")
    ContactPreferencesState verifyAddress(@AuthenticationPrincipal Jwt token,
                                          @Valid @RequestBody VerificationCode code) {
        return contacts.verify(token.getSubject(), code.channel(), code.code());
    }

    @ExceptionHandler
    ProblemDetail rejected(VerificationRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Verification failed");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unreachable(UnreachableChannelException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(ResidentNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Account not found");
        return problem;
    }
}
