package vn.gov.daklak.feedback.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.gov.daklak.contracts.report.ReportStatus;

/** A report's history, oldest entry first. Entries are only ever added. */
public final class Timeline {
    private final List<TimelineEntry> entries;

    Timeline(List<TimelineEntry> entries) {
        this.entries = new ArrayList<>(entries);
    }

    void add(Instant at, TimelineEntry.Kind kind, ReportStatus status, String actor, String note) {
        entries.add(new TimelineEntry(at, kind, status, actor, note));
    }

    public List<TimelineEntry> entries() {
        return List.copyOf(entries);
    }
}
