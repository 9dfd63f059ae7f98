package vn.gov.daklak.feedback.report;

/**
 * Told on the writing thread, right after a report was stored holding {@link QueueNotice}s, so that the teams' queues
 * show the change at once. If that fails the notices stay in the report for a recovery sweep.
 */
public interface QueueNoticeSink {

    void noticesStored(String reportId);
}
