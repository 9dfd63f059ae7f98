package vn.gov.daklak.contracts.report;

public enum Priority {
    URGENT, HIGH, NORMAL, LOW
}
