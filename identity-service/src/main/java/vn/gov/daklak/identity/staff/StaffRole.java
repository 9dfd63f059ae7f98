package vn.gov.daklak.identity.staff;

/** Platform roles a staff member can hold. */
public enum StaffRole {
    TEAM_MEMBER,
    TEAM_LEAD,
    COMMUNE_CHAIRMAN,
    PROVINCE_OPERATIONS,
    PROVINCE_ADMIN,
    OPS_VIEWER
}
