package vn.gov.daklak.contracts.report;

/** The escalation ladder, in order. */
public enum EscalationLevel {
    TEAM_LEAD, COMMUNE_CHAIRMAN, PROVINCE_OPERATIONS
}
