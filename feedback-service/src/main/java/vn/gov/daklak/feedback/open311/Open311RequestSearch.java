package vn.gov.daklak.feedback.open311;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;

import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.report.ReportCondition;
import vn.gov.daklak.feedback.transparency.PublicStatus;

/**
 * The filters of {@code GET requests}: {@code service_request_id} (a list; it overrides every other filter),
 * {@code service_code} and {@code status} (lists), {@code start_date}/{@code end_date} on the request time (the
 * most recent 90 days by default). The answer holds at most {@value #LIMIT} requests, newest first.
 */
record Open311RequestSearch(ReportCondition condition, int limit) {
    static final int LIMIT = 1000;

    static Open311RequestSearch of(MultiValueMap<String, String> params, Instant now) {
        List<String> ids = list(params, "service_request_id");
        if (!ids.isEmpty()) {
            if (ids.size() > LIMIT) {
                throw new Open311Exception(HttpStatus.BAD_REQUEST, "service_request_id: at most " + LIMIT + " ids");
            }
            return new Open311RequestSearch(ReportCondition.idIn(ids), ids.size());
        }
        List<ReportCondition> all = new ArrayList<>();
        List<String> codes = list(params, "service_code");
        for (String code : codes) {
            if (Open311Services.category(code).isEmpty()) {
                throw new Open311Exception(HttpStatus.BAD_REQUEST, "service_code: " + code + " is not a service");
            }
        }
        if (!codes.isEmpty()) {
            all.add(ReportCondition.categoryIn(codes));
        }
        List<String> statuses = list(params, "status");
        if (!statuses.isEmpty()) {
            all.add(ReportCondition.statusIn(statuses(statuses)));
        }
        Open311Period period = Open311Period.of(Open311Submission.param(params, "start_date"),
                Open311Submission.param(params, "end_date"), now);
        all.add(new ReportCondition.SubmittedFrom(period.start()));
        all.add(new ReportCondition.SubmittedUntil(period.end()));
        return new Open311RequestSearch(ReportCondition.all(all), LIMIT);
    }

    private static Set<ReportStatus> statuses(List<String> values) {
        Set<ReportStatus> statuses = new LinkedHashSet<>();
        for (String value : values) {
            switch (value.toLowerCase()) {
                case "open" -> statuses.addAll(PublicStatus.where(true));
                case "closed" -> statuses.addAll(PublicStatus.where(false));
                default -> throw new Open311Exception(HttpStatus.BAD_REQUEST,
                        "status: " + value + " is neither open nor closed");
            }
        }
        return statuses;
    }

    /** A parameter given as a comma-separated list, declared once or several times. */
    private static List<String> list(MultiValueMap<String, String> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).distinct().toList();
    }
}
