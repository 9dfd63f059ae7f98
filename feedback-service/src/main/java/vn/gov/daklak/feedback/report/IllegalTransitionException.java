package vn.gov.daklak.feedback.report;

import vn.gov.daklak.contracts.report.ReportStatus;

public class IllegalTransitionException extends RuntimeException {
    private final ReportStatus from;
    private final ReportStatus to;

    public IllegalTransitionException(ReportStatus from, ReportStatus to) {
        super("A report in status " + from + " cannot become " + to);
        this.from = from;
        this.to = to;
    }

    public ReportStatus from() {
        return from;
    }

    public ReportStatus to() {
        return to;
    }
}
