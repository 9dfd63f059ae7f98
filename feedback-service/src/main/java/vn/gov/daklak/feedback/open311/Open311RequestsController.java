package vn.gov.daklak.feedback.open311;

import static vn.gov.daklak.feedback.open311.Open311Submission.param;

import java.time.Clock;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.feedback.intake.ReportIntake;
import vn.gov.daklak.feedback.open311.Open311Documents.Created;
import vn.gov.daklak.feedback.open311.Open311Documents.Requests;
import vn.gov.daklak.feedback.open311.Open311Documents.Token;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.ReportSearch;
import vn.gov.daklak.feedback.report.Reports;
import vn.gov.daklak.feedback.transparency.PublicCategories;
import vn.gov.daklak.feedback.transparency.PublicReports;

/**
 * Open311 GeoReport v2 service requests. Filing one needs an Open311 partner's {@code api_key}
 * ({@link Open311ApiKeys}) and goes through the same intake as {@code POST /api/v1/reports} (same rules, same
 * {@code ReportSubmitted} event); reading needs no key and shows only public reports, never the reporter.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311RequestsController {
    private final Open311ApiKeys keys;
    private final Open311Submission submission;
    private final ReportIntake intake;
    private final PublicReports reports;
    private final Reports repository;
    private final Open311Renderer renderer;
    private final Clock clock;

    Open311RequestsController(Open311ApiKeys keys, Open311Submission submission, ReportIntake intake,
                              PublicReports reports, Reports repository, Open311Renderer renderer,
                              Clock clock) {
        this.keys = keys;
        this.submission = submission;
        this.intake = intake;
        this.reports = reports;
        this.repository = repository;
        this.renderer = renderer;
        this.clock = clock;
    }

    @PostMapping("/requests.{format}")
    ResponseEntity<byte[]> create(@PathVariable String format, @RequestParam MultiValueMap<String, String> params) {
        Open311Format answer = Open311Format.of(format);
        Open311Jurisdiction.check(param(params, "jurisdiction_id"));
        IntakeChannel channel = channel(param(params, "api_key"));
        String serviceCode = param(params, "service_code");
        if (serviceCode == null) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, "service_code was not provided");
        }
        var category = Open311Services.category(serviceCode).orElseThrow(() -> new Open311Exception(
                HttpStatus.NOT_FOUND, "service_code provided was not found: " + serviceCode));
        Report report = intake.submit(submission.toRequest(category, params), channel);
        return renderer.ok(answer, new Requests(List.of(new Created(report.id(), report.trackingCode(),
                Open311Services.notice(category, report.trackingCode()), null))));
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<byte[]> search(@PathVariable String format, @RequestParam MultiValueMap<String, String> params) {
        Open311Format answer = Open311Format.of(format);
        Open311Jurisdiction.check(param(params, "jurisdiction_id"));
        Open311RequestSearch search = Open311RequestSearch.of(params, clock.instant());
        boolean extensions = extensions(params);
        return renderer.ok(answer, new Requests(reports.find(search.condition(), ReportSearch.Order.NEWEST_FIRST,
                search.limit()).stream().map(report -> Open311RequestView.of(report, extensions)).toList()));
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<byte[]> one(@PathVariable String id, @PathVariable String format,
                               @RequestParam MultiValueMap<String, String> params) {
        Open311Format answer = Open311Format.of(format);
        Open311Jurisdiction.check(param(params, "jurisdiction_id"));
        Report report = reports.byId(id).orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND,
                "service_request_id provided was not found: " + id));
        return renderer.ok(answer, new Requests(List.of(Open311RequestView.of(report, extensions(params)))));
    }

    /** Requests are realtime here, so a token (the tracking code) only ever leads to an existing request id. */
    @GetMapping("/tokens/{token}.{format}")
    ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format,
                                 @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format answer = Open311Format.of(format);
        Open311Jurisdiction.check(jurisdiction);
        Report report = repository.findByTrackingCode(token.strip().toUpperCase())
                .filter(r -> PublicCategories.listed(r.categoryCode()))
                .orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND,
                        "token provided was not found: " + token));
        return renderer.ok(answer, new Requests(List.of(new Token(report.id(), report.trackingCode()))));
    }

    private IntakeChannel channel(String apiKey) {
        if (apiKey == null) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, "api_key was not provided");
        }
        return keys.channelFor(apiKey).orElseThrow(() -> new Open311Exception(HttpStatus.FORBIDDEN,
                "api_key is invalid: it must be the key of an Open311 partner (feedback.open311.api-keys)"));
    }

    private static boolean extensions(MultiValueMap<String, String> params) {
        return "true".equalsIgnoreCase(param(params, "extensions"));
    }
}
