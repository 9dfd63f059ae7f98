package vn.gov.daklak.notification.recipients;

/**
 * An event of a report whose {@code report.submitted} was not handled here. A report's events are read in order, so
 * the submission is on the dead-letter topic (or older than this service): waiting cannot help. Not retried; the
 * record follows it to the dead-letter topic, in order, for replay.
 */
public class ReporterContactUnknownException extends IllegalStateException {

    public ReporterContactUnknownException(String reportId) {
        super("No reporter contact for report " + reportId + ": its report.submitted was not handled here");
    }
}
