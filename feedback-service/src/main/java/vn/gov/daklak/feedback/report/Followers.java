package vn.gov.daklak.feedback.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.gov.daklak.contracts.report.ReporterContact;

/** The residents other than the reporter who follow a report; each person at most once. */
public final class Followers {
    private final List<Follower> followers;

    Followers(List<Follower> followers) {
        this.followers = new ArrayList<>(followers);
    }

    /** Adds {@code contact} unless it is the reporter or already follows; true if added. */
    boolean add(ReporterContact contact, ReporterContact reporter, String mergedFromReportId, Instant at) {
        if (Follower.samePerson(contact, reporter)
                || followers.stream().anyMatch(f -> Follower.samePerson(f.contact(), contact))) {
            return false;
        }
        followers.add(new Follower(contact, mergedFromReportId, at));
        return true;
    }

    /** The reporter (if known) and then every follower. */
    List<ReporterContact> withReporter(ReporterContact reporter) {
        List<ReporterContact> all = new ArrayList<>();
        if (reporter != null) {
            all.add(reporter);
        }
        followers.forEach(f -> all.add(f.contact()));
        return all;
    }

    public List<Follower> all() {
        return List.copyOf(followers);
    }
}
