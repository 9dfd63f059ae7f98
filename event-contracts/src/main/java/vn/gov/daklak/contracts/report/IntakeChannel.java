package vn.gov.daklak.contracts.report;

/** Where a report came from. */
public enum IntakeChannel {
    PROVINCE_APP, WEB, ZALO, HOTLINE, OPEN311
}
