package vn.gov.daklak.feedback.report;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.platform.outbox.OutboxMessage;
import vn.gov.daklak.platform.outbox.OutboxMessages;

/**
 * Applies a change to one report and stores it with the events it produced, in one write. A concurrent change
 * (including the outbox relay removing published events) makes the write fail; the change is then re-applied to a
 * fresh copy. A change that a team's queue shows also leaves a {@link QueueNotice} in the same write, and the
 * queues are told right after it.
 */
@Component
public class ReportChanges {
    private static final int ATTEMPTS = 3;

    private final Reports reports;
    private final OutboxMessages outbox;
    private final QueueNoticeSink queues;
    private final Clock clock;

    ReportChanges(Reports reports, OutboxMessages outbox, QueueNoticeSink queues, Clock clock) {
        this.reports = reports;
        this.outbox = outbox;
        this.queues = queues;
        this.clock = clock;
    }

    /** @param change mutates the report; the events it raises are stored with it */
    public Report apply(String reportId, Consumer<Report> change) {
        for (int attempt = 1; ; attempt++) {
            Report report = reports.find(reportId).orElseThrow(() -> new ReportNotFoundException(reportId));
            QueueState before = QueueState.of(report);
            change.accept(report);
            List<OutboxMessage> events = report.takeRaisedEvents().stream()
                    .map(event -> outbox.wrap(event, reportId, report.lane())).toList();
            noteQueueChanges(report, before, QueueState.of(report));
            Report stored;
            try {
                stored = reports.update(report, events);
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                continue;
            }
            if (!stored.queueNotices().isEmpty()) {
                queues.noticesStored(reportId);
            }
            return stored;
        }
    }

    private void noteQueueChanges(Report report, QueueState before, QueueState after) {
        if (before.equals(after)) {
            return;
        }
        if (before.teamId() != null && !before.teamId().equals(after.teamId())) {
            report.noteQueueChange(before.teamId(), QueueNotice.Kind.REMOVED, clock.instant());
        }
        if (after.teamId() != null) {
            report.noteQueueChange(after.teamId(), Objects.equals(before.teamId(), after.teamId())
                    ? QueueNotice.Kind.CHANGED : QueueNotice.Kind.ADDED, clock.instant());
        }
    }

    /** What a team's queue shows of a report; a change of any of it is a queue event. */
    private record QueueState(String teamId, ReportStatus status, String assigneeId, String title,
                              String description, Object updatedAt, int photos, int followers, int notes,
                              String question, Object rating) {
        static QueueState of(Report r) {
            return new QueueState(r.assignment() == null ? null : r.assignment().teamId(), r.status(),
                    r.assigneeId(), r.title(), r.description(), r.updatedAt(), r.photos().size(),
                    r.followers().size(), r.internalNotes().size(), r.pendingQuestion(), r.rating());
        }
    }
}
