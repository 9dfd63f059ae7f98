package vn.gov.daklak.feedback.open311;

import static vn.gov.daklak.feedback.open311.Open311Submission.param;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.daklak.feedback.open311.Open311Documents.Update;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.ReportCondition;
import vn.gov.daklak.feedback.report.ReportSearch;
import vn.gov.daklak.feedback.transparency.PublicHistory;
import vn.gov.daklak.feedback.transparency.PublicReports;
import vn.gov.daklak.feedback.transparency.PublicStatus;
import vn.gov.daklak.feedback.transparency.PublicTime;

/**
 * FixMyStreet's {@code servicerequestupdates} extension: the public status updates made between
 * {@code start_date} and {@code end_date} (the most recent 90 days by default), newest first, at most
 * {@value #LIMIT}. {@code update_id} is stable: the request id and the update's place in its history.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311UpdatesController {
    static final int LIMIT = 1000;

    private final PublicReports reports;
    private final Open311Renderer renderer;
    private final Clock clock;

    Open311UpdatesController(PublicReports reports, Open311Renderer renderer, Clock clock) {
        this.reports = reports;
        this.renderer = renderer;
        this.clock = clock;
    }

    private record Dated(Report report, PublicHistory.Update update) {
    }

    @GetMapping("/servicerequestupdates.{format}")
    ResponseEntity<byte[]> updates(@PathVariable String format, @RequestParam MultiValueMap<String, String> params) {
        Open311Format answer = Open311Format.of(format);
        Open311Jurisdiction.check(param(params, "jurisdiction_id"));
        Open311Period period = Open311Period.of(param(params, "start_date"), param(params, "end_date"),
                clock.instant());
        var changed = new ReportCondition.ChangedBetween(period.start(), period.end());
        List<Update> updates = reports.find(changed, ReportSearch.Order.LATEST_CHANGE_FIRST, LIMIT).stream()
                .flatMap(report -> PublicHistory.of(report).stream().map(update -> new Dated(report, update)))
                .filter(d -> !d.update().at().isBefore(period.start()) && !d.update().at().isAfter(period.end()))
                .sorted(Comparator.comparing((Dated d) -> d.update().at()).reversed())
                .limit(LIMIT)
                .map(Open311UpdatesController::update)
                .toList();
        return renderer.ok(answer, new Open311Documents.Updates(updates));
    }

    private static Update update(Dated dated) {
        var update = dated.update();
        return new Update(dated.report().id() + "-" + update.index(), dated.report().id(),
                PublicStatus.of(update.status()).update(), PublicTime.iso(update.at()), update.note(), null,
                update.status().name());
    }
}
