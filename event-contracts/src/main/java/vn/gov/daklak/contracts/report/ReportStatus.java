package vn.gov.daklak.contracts.report;

/** The states of a report's life, as published on the wire. */
public enum ReportStatus {
    SUBMITTED, ROUTED, ACKNOWLEDGED, IN_PROGRESS, NEED_INFO, RESOLVED, REJECTED, TRANSFERRED, REOPENED, CLOSED,
    DUPLICATE, WITHDRAWN
}
