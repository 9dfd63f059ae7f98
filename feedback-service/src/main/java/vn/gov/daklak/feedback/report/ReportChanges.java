package vn.gov.daklak.feedback.report;

import java.util.function.Consumer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import vn.gov.daklak.platform.outbox.OutboxMessages;

/**
 * Applies a change to one report and stores it with the events it produced, in one write. A concurrent change
 * (including the outbox relay removing published events) makes the write fail; the change is then re-applied to a
 * fresh copy.
 */
@Component
public class ReportChanges {
    private static final int ATTEMPTS = 3;

    private final ReportRepository reports;
    private final OutboxMessages outbox;

    ReportChanges(ReportRepository reports, OutboxMessages outbox) {
        this.reports = reports;
        this.outbox = outbox;
    }

    /** @param change mutates the report; the events it raises are stored with it */
    public Report apply(String reportId, Consumer<Report> change) {
        for (int attempt = 1; ; attempt++) {
            Report report = reports.findById(reportId).orElseThrow(() -> new ReportNotFoundException(reportId));
            change.accept(report);
            report.takeRaisedEvents().forEach(event -> report.queue(outbox.wrap(event, reportId)));
            try {
                return reports.save(report);
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
