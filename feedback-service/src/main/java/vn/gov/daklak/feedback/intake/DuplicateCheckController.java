package vn.gov.daklak.feedback.intake;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.ReportChanges;
import vn.gov.daklak.platform.audit.Audited;

/**
 * Before filing, a channel shows the resident the open reports of the same category within 50 m; the resident may
 * follow one of them instead (they are then told of its updates like its reporter). The check is for whoever may file
 * (residents, working staff, the hotline console); following is for residents, and any resident may follow any open
 * report (that is its purpose: it is usually somebody else's). Following does not make the report theirs to see by id
 * or act on; they track it by its tracking code and are notified of its changes.
 */
@RestController
@RequestMapping("/api/v1/reports")
class DuplicateCheckController {
    private final NearbyReports nearby;
    private final ReportChanges changes;
    private final Clock clock;

    DuplicateCheckController(NearbyReports nearby, ReportChanges changes, Clock clock) {
        this.nearby = nearby;
        this.changes = changes;
        this.clock = clock;
    }

    record FollowRequest(@NotNull @Valid SubmitReportRequest.Reporter reporter) {
    }

    record Following(String reportId, String trackingCode, ReportStatus status, int followerCount) {
    }

    @GetMapping("/nearby")
    List<NearbyReports.Nearby> nearby(@RequestParam double lat, @RequestParam double lon,
                                      @RequestParam String category) {
        return nearby.find(lat, lon, category);
    }

    /** 201 when the resident now follows the report; 200 when they already did (or filed it). */
    @PostMapping("/{id}/follow")
    @Audited(value = "report.follow", target = "id")
    ResponseEntity<Following> follow(@PathVariable String id, @Valid @RequestBody FollowRequest body,
                                     vn.gov.daklak.platform.security.Caller caller) {
        // told on the follower's signed-in phone, never on one typed in the body (as at filing)
        var contact = ReportIntake.contact(body.reporter().withVerifiedPhone(caller.phone()));
        boolean[] added = {false};
        Report report = changes.apply(id, r -> added[0] = r.follow(contact, null, clock.instant()).isPresent());
        Following following = new Following(report.id(), report.trackingCode(), report.status(),
                report.followers().size());
        return added[0] ? ResponseEntity.created(URI.create("/api/v1/reports/" + id)).body(following)
                : ResponseEntity.ok(following);
    }
}
