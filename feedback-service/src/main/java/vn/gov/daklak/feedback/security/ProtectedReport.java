package vn.gov.daklak.feedback.security;

/** What {@link ReportAccess} needs to know of a report to decide who may see it and act on it. */
public interface ProtectedReport {
    /** The resident (token subject) the report belongs to; null while a report filed for a resident is unclaimed. */
    String ownerId();

    /** The team that has the report now (null before routing). */
    String currentTeamId();

    /** The commune of that team's assignment, else the commune given at intake (null if neither). */
    String currentCommuneCode();
}
