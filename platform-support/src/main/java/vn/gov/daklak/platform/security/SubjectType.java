package vn.gov.daklak.platform.security;

/** Who a token speaks for. */
public enum SubjectType {
    RESIDENT, STAFF, CLIENT;

    public String claimValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
