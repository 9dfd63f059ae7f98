package vn.gov.daklak.identity.teams;

class TeamNotFoundException extends RuntimeException {
    TeamNotFoundException(String teamId) {
        super("No team with id " + teamId);
    }
}
