package vn.gov.daklak.feedback.report;

public class ReportNotFoundException extends RuntimeException {
    public ReportNotFoundException(String idOrCode) {
        super("No report " + idOrCode);
    }
}
