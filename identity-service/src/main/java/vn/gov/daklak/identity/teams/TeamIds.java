package vn.gov.daklak.identity.teams;

/** Team ids travel as Kafka keys and URL path segments, hence the restricted alphabet. */
final class TeamIds {
    static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{1,63}";
    static final String RULE = "must be 2 to 64 letters, digits, '-' or '_', starting with a letter or digit";

    private TeamIds() {
    }
}
