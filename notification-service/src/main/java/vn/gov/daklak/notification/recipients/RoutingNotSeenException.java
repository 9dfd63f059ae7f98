package vn.gov.daklak.notification.recipients;

import vn.gov.daklak.platform.events.RetryableEventException;

/**
 * The report became ROUTED (status topic) before its {@code report.routed} event was handled here (routed topic).
 * Retryable: holding the status partition until then keeps "routed" ahead of the steps that follow it.
 */
public class RoutingNotSeenException extends RetryableEventException {

    public RoutingNotSeenException(String reportId) {
        super("Report " + reportId + " is ROUTED but its report.routed event was not handled yet, will retry");
    }
}
