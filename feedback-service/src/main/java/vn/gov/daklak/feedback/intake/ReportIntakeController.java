package vn.gov.daklak.feedback.intake;

import java.net.URI;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.security.ForbiddenException;
import vn.gov.daklak.feedback.security.ReportAccess;
import vn.gov.daklak.platform.security.AssuranceLevel;
import vn.gov.daklak.platform.security.Caller;

/**
 * Filing a report. A resident files for themselves: the report is theirs (token subject), its channel is their
 * application's ({@code channel} claim: PROVINCE_APP, ZALO_MINI_APP → ZALO, WEB) and their sign-in assurance
 * ({@code acr}) travels with it. Working staff (hotline operators, community digital-technology teams) and the hotline
 * console ({@code CHANNEL_APP} application token) file for a resident with {@code onBehalfOf.phone}: channel HOTLINE,
 * no owner until the resident claims it by that phone ({@code POST /api/v1/me/reports/claim}), assurance none.
 * Categories in {@code feedback.categories.require-vneid-level2} need a resident signed in with VNeID level 2.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportIntakeController {
    private final ReportIntake intake;
    private final PhoneLookup phones;
    private final Set<String> vneidLevel2Categories;
    private final FilingLimits limits;

    ReportIntakeController(ReportIntake intake, PhoneLookup phones, FilingLimits limits,
                           @Value("${feedback.categories.require-vneid-level2:}") Set<String> vneidLevel2Categories) {
        this.intake = intake;
        this.phones = phones;
        this.limits = limits;
        this.vneidLevel2Categories = Set.copyOf(vneidLevel2Categories);
    }

    record Accepted(String id, String trackingCode, ReportStatus status) {
    }

    @PostMapping
    ResponseEntity<Accepted> submit(@Valid @RequestBody SubmitReportRequest request, Caller caller) {
        ReportIntake.Filing filing = filing(request, caller);
        limits.check(caller);
        // a resident is told on the phone they signed in with (verified by its code), never on one typed in the body
        Report report = intake.submit(caller.isResident() ? request.withReporterPhone(caller.phone()) : request,
                filing);
        return ResponseEntity.created(URI.create("/api/v1/reports/" + report.id()))
                .body(new Accepted(report.id(), report.trackingCode(), report.status()));
    }

    private ReportIntake.Filing filing(SubmitReportRequest request, Caller caller) {
        boolean level2 = vneidLevel2Categories.contains(request.category());
        if (caller.isResident()) {
            if (request.onBehalfOf() != null) {
                throw new ForbiddenException("A resident files for themselves: onBehalfOf is for the hotline and "
                        + "community digital-technology teams");
            }
            if (level2 && caller.assurance() != AssuranceLevel.VNEID_2) {
                throw new AssuranceRequiredException(request.category(), caller.assurance());
            }
            return new ReportIntake.Filing(residentChannel(caller.channel()), caller.subject(), null,
                    caller.assurance() == null ? null : caller.assurance().acr(), null);
        }
        if (!ReportAccess.mayFile(caller)) {
            throw new ForbiddenException("Only residents, staff and the hotline console file reports");
        }
        if (request.onBehalfOf() == null) {
            throw new IllegalArgumentException("Staff and the hotline console file for a resident: give "
                    + "onBehalfOf.phone, the resident's mobile number");
        }
        if (level2) {
            throw new AssuranceRequiredException(request.category(), null);
        }
        return new ReportIntake.Filing(IntakeChannel.HOTLINE, null,
                (caller.isStaff() ? "staff:" : "app:") + caller.subject(), null,
                phones.of(request.onBehalfOf().phone()));
    }

    private static IntakeChannel residentChannel(String channel) {
        if (channel == null) {
            throw new ForbiddenException("The access token names no channel application");
        }
        return switch (channel) {
            case "PROVINCE_APP" -> IntakeChannel.PROVINCE_APP;
            case "ZALO_MINI_APP" -> IntakeChannel.ZALO;
            case "WEB" -> IntakeChannel.WEB;
            default -> throw new ForbiddenException("Residents file reports through the province app, the Zalo mini "
                    + "app or the web site, not through " + channel);
        };
    }

    @org.springframework.web.bind.annotation.ExceptionHandler
    ResponseEntity<org.springframework.http.ProblemDetail> rateLimited(FilingLimits.FilingRateLimitedException e) {
        var problem = org.springframework.http.ProblemDetail.forStatusAndDetail(
                org.springframework.http.HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setTitle("Too many reports");
        return ResponseEntity.status(org.springframework.http.HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", String.valueOf(Math.max(1, e.retryAfter().toSeconds()))).body(problem);
    }

    /** 403: the category needs a resident signed in with VNeID level 2. */
    static final class AssuranceRequiredException extends ForbiddenException {
        AssuranceRequiredException(String category, AssuranceLevel actual) {
            super("Category " + category + " requires signing in with VNeID level 2 (acr vneid-2); this sign-in is "
                    + (actual == null ? "not a resident's own" : actual.acr())
                    + ". Sign in again with VNeID level 2 to file it.");
        }
    }
}
