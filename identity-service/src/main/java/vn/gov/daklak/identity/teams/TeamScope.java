package vn.gov.daklak.identity.teams;

import vn.gov.daklak.contracts.identity.TeamType;

/** Whether a kind of team belongs to one commune or ward, to the province, or may be either (utilities). */
enum TeamScope {
    COMMUNE,
    PROVINCE,
    EITHER;

    static TeamScope of(TeamType type) {
        return switch (type) {
            case COMMUNITY_DIGITAL, RAPID_RESPONSE, COMMUNE_POLICE, COMMUNE_ENVIRONMENT, COMMUNE_INFRASTRUCTURE ->
                    COMMUNE;
            case PROVINCE_DEPARTMENT, PROVINCE_TRIAGE -> PROVINCE;
            case UTILITY -> EITHER;
        };
    }

    boolean accepts(String communeCode) {
        return switch (this) {
            case COMMUNE -> communeCode != null;
            case PROVINCE -> communeCode == null;
            case EITHER -> true;
        };
    }

    /** What is wrong with the communeCode when {@link #accepts} says no, e.g. "is required for a RAPID_RESPONSE team". */
    static String communeCodeProblem(TeamType type) {
        return (of(type) == COMMUNE ? "is required" : "must be empty") + " for a " + type + " team";
    }
}
