package vn.gov.daklak.notification.recipients;

import vn.gov.daklak.platform.events.RetryableEventException;

/**
 * A report event arrived before {@code report.submitted} (topics are not ordered relative to each other). Retryable:
 * the binder tries the record again with back-off until the submission has been seen.
 */
public class ReporterContactUnknownException extends RetryableEventException {

    public ReporterContactUnknownException(String reportId) {
        super("No reporter contact yet for report " + reportId + ": report.submitted not seen yet, will retry");
    }
}
