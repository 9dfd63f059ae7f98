package vn.gov.daklak.contracts.identity;

/** Kinds of team that can own a report. */
public enum TeamType {
    /** Tổ công nghệ số cộng đồng: the commune's default receiving team. */
    COMMUNITY_DIGITAL,
    /** Tổ phản ứng nhanh. */
    RAPID_RESPONSE,
    COMMUNE_POLICE,
    COMMUNE_ENVIRONMENT,
    COMMUNE_INFRASTRUCTURE,
    PROVINCE_DEPARTMENT,
    UTILITY,
    PROVINCE_TRIAGE
}
