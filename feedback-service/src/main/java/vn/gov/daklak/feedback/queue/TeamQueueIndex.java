package vn.gov.daklak.feedback.queue;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.platform.keys.KeyedLookup;

/**
 * Which reports a team's queue holds, by status: one look-up document per (team, status) ({@code team_queues},
 * {@code _id} = {@code <teamId>|<status>}) with the fields the queue sorts and filters by. Kept up to date by the
 * queue feed writer from each report's queue notices, so listing a queue reads a few documents by key and the page's
 * reports by id, whatever the size of {@code reports}.
 */
class TeamQueueIndex {
    /** The queue's order: deadlines first, as MongoDB sorts ascending (missing values first). */
    static final Comparator<Entry> ORDER = Comparator
            .comparing(Entry::resolveBy, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(Entry::acknowledgeBy, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(Entry::submittedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(Entry::reportId);

    record Entry(String reportId, String categoryCode, Instant resolveBy, Instant acknowledgeBy,
                 Instant submittedAt) {
    }

    private final KeyedLookup lookup;

    TeamQueueIndex(KeyedLookup lookup) {
        this.lookup = lookup;
    }

    /** Files the report under its status in {@code teamId}'s queue, or takes it out if the team no longer has it. */
    void record(Report report, String teamId) {
        if (teamId.equals(report.currentTeamId())) {
            String current = key(teamId, report.status());
            lookup.put(current, report.id(), entry(report));
            lookup.removeFrom(keys(teamId, Arrays.stream(ReportStatus.values())
                    .filter(s -> s != report.status()).toList()), report.id());
        } else {
            lookup.removeFrom(keys(teamId, List.of(ReportStatus.values())), report.id());
        }
    }

    /** The entries of {@code teamId}'s queue in {@code statuses}, in queue order. */
    List<Entry> entries(String teamId, Collection<ReportStatus> statuses) {
        return lookup.entries(keys(teamId, statuses)).entrySet().stream()
                .map(e -> entry(e.getKey(), (Map<?, ?>) e.getValue())).sorted(ORDER).toList();
    }

    private static Map<String, Object> entry(Report report) {
        var a = report.assignment();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("categoryCode", report.categoryCode());
        entry.put("resolveBy", a == null ? null : a.resolveBy());
        entry.put("acknowledgeBy", a == null ? null : a.acknowledgeBy());
        entry.put("submittedAt", report.submittedAt());
        return entry;
    }

    private static Entry entry(String reportId, Map<?, ?> stored) {
        return new Entry(reportId, (String) stored.get("categoryCode"), instant(stored, "resolveBy"),
                instant(stored, "acknowledgeBy"), instant(stored, "submittedAt"));
    }

    private static Instant instant(Map<?, ?> stored, String field) {
        Object value = stored.get(field);
        return value instanceof Date date ? date.toInstant() : (Instant) value;
    }

    private static List<String> keys(String teamId, Collection<ReportStatus> statuses) {
        return statuses.stream().map(status -> key(teamId, status)).toList();
    }

    private static String key(String teamId, ReportStatus status) {
        return teamId + "|" + status.name();
    }
}
