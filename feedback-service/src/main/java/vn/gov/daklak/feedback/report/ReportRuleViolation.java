package vn.gov.daklak.feedback.report;

/** An action the report's current state does not allow (other than a status transition): HTTP 409. */
public class ReportRuleViolation extends RuntimeException {
    public ReportRuleViolation(String message) {
        super(message);
    }
}
