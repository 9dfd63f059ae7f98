package vn.gov.daklak.identity.staff;

/** Staff ids travel as Kafka keys and URL path segments, hence the restricted alphabet. */
final class StaffIds {
    static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{1,63}";
    static final String RULE = "must be 2 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit";

    private StaffIds() {
    }
}
