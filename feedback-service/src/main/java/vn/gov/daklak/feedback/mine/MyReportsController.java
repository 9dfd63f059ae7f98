package vn.gov.daklak.feedback.mine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.daklak.feedback.intake.PhoneLookup;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.ReportLookups;
import vn.gov.daklak.feedback.report.Reports;
import vn.gov.daklak.feedback.security.ForbiddenException;
import vn.gov.daklak.feedback.tracking.ReportView;
import vn.gov.daklak.platform.security.Caller;

/**
 * The signed-in resident's own reports ({@code /api/v1/me/**}, resident tokens only): the list, and claiming the
 * reports the hotline or a community team filed for their phone number (the token's {@code phone_number}). Both read
 * the keyed look-ups of {@link ReportLookups}, then the reports by id.
 */
@RestController
@RequestMapping("/api/v1/me/reports")
class MyReportsController {
    static final int MAX_PAGE_SIZE = 100;

    private final Reports reports;
    private final PhoneLookup phones;
    private final ReportLookups lookups;

    MyReportsController(Reports reports, PhoneLookup phones, ReportLookups lookups) {
        this.reports = reports;
        this.phones = phones;
        this.lookups = lookups;
    }

    record MyReports(List<ReportView> items, int page, int size, long totalItems, int totalPages) {
    }

    record Claimed(long claimed, List<String> reportIds) {
    }

    /** The resident's reports, newest first. */
    @GetMapping
    MyReports mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                   Caller caller) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        List<String> newestFirst = lookups.ownedBy(caller.subject()).entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Object> e) -> ((Number) e.getValue()).longValue())
                        .reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        long total = newestFirst.size();
        List<String> pageIds = newestFirst.stream().skip((long) page * size).limit(size).toList();
        Map<String, Report> found = byId(pageIds);
        List<ReportView> items = new ArrayList<>();
        for (String id : pageIds) {
            Report report = found.get(id);
            if (report != null && caller.subject().equals(report.ownerId())) {
                items.add(ReportView.of(report));
            } else {
                lookups.notOwned(caller.subject(), id); // never stored, or claimed by somebody else
            }
        }
        return new MyReports(items, page, size, total, (int) ((total + size - 1) / size));
    }

    /**
     * Every report filed for the resident's phone number that nobody owns yet becomes theirs; claiming again changes
     * nothing (idempotent). The version is raised so that a copy loaded before the claim cannot write it back unowned.
     * One conditional update per report filed for the phone, each by its id.
     */
    @PostMapping("/claim")
    Claimed claim(Caller caller) {
        if (caller.phone() == null || caller.phone().isBlank()) {
            throw new ForbiddenException("Claiming needs a sign-in with a verified phone number (the phone scope: "
                    + "the token's phone_number)");
        }
        String phoneKey = phones.of(caller.phone());
        Map<String, Object> filed = lookups.filedFor(phoneKey);
        filed.forEach((id, submittedAt) -> lookups.owned(caller.subject(), id, submittedAt));
        for (String id : filed.keySet()) {
            reports.claim(id, phoneKey, caller.subject());
        }
        List<String> ids = new ArrayList<>();
        Map<String, Report> found = byId(filed.keySet());
        for (String id : filed.keySet()) {
            Report report = found.get(id);
            if (report != null && caller.subject().equals(report.ownerId())) {
                ids.add(id);
            } else {
                lookups.notOwned(caller.subject(), id);
            }
        }
        ids.sort(Comparator.naturalOrder());
        return new Claimed(ids.size(), ids);
    }

    private Map<String, Report> byId(Collection<String> ids) {
        return reports.findAll(ids).stream().collect(Collectors.toMap(Report::id, Function.identity()));
    }
}
