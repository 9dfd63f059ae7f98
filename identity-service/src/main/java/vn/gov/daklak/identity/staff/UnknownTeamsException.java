package vn.gov.daklak.identity.staff;

import java.util.List;

/** Some of the team ids given for a staff member name no team. */
class UnknownTeamsException extends RuntimeException {
    private final List<String> teamIds;
    private final List<String> unknown;

    UnknownTeamsException(List<String> teamIds, List<String> unknown) {
        super("Unknown team ids: " + String.join(", ", unknown));
        this.teamIds = List.copyOf(teamIds);
        this.unknown = List.copyOf(unknown);
    }

    /** The team ids as given, to name each bad one by its position. */
    List<String> teamIds() {
        return teamIds;
    }

    List<String> unknown() {
        return unknown;
    }
}
