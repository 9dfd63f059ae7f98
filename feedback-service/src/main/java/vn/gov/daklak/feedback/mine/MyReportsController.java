package vn.gov.daklak.feedback.mine;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.daklak.feedback.intake.PhoneLookup;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.security.ForbiddenException;
import vn.gov.daklak.feedback.tracking.ReportView;
import vn.gov.daklak.platform.security.Caller;

/**
 * The signed-in resident's own reports ({@code /api/v1/me/**}, resident tokens only): the list, and claiming the
 * reports the hotline or a community team filed for their phone number (the token's {@code phone_number}).
 */
@RestController
@RequestMapping("/api/v1/me/reports")
class MyReportsController {
    static final int MAX_PAGE_SIZE = 100;

    private final MongoTemplate mongo;
    private final PhoneLookup phones;

    MyReportsController(MongoTemplate mongo, PhoneLookup phones) {
        this.mongo = mongo;
        this.phones = phones;
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
        Query query = Query.query(where("ownerId").is(caller.subject()));
        long total = mongo.count(query, Report.class);
        List<ReportView> items = mongo.find(query.with(Sort.by(Sort.Direction.DESC, "submittedAt"))
                .skip((long) page * size).limit(size), Report.class).stream().map(ReportView::of).toList();
        return new MyReports(items, page, size, total, (int) ((total + size - 1) / size));
    }

    /**
     * Every report filed for the resident's phone number that nobody owns yet becomes theirs; claiming again changes
     * nothing (idempotent). The version is raised so that a copy loaded before the claim cannot write it back unowned.
     */
    @PostMapping("/claim")
    Claimed claim(Caller caller) {
        if (caller.phone() == null || caller.phone().isBlank()) {
            throw new ForbiddenException("Claiming needs a sign-in with a verified phone number (the phone scope: "
                    + "the token's phone_number)");
        }
        Query unclaimed = Query.query(where("onBehalfPhoneKey").is(phones.of(caller.phone())).and("ownerId").is(null));
        mongo.updateMulti(unclaimed, new Update().set("ownerId", caller.subject()).inc("version", 1), Report.class);
        Query mine = Query.query(where("onBehalfPhoneKey").is(phones.of(caller.phone()))
                .and("ownerId").is(caller.subject()));
        mine.fields().include("_id");
        List<String> ids = mongo.find(mine, Report.class).stream().map(Report::id).sorted().toList();
        return new Claimed(ids.size(), ids);
    }
}
