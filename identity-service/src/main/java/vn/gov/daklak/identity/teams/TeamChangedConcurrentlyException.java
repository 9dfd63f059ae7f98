package vn.gov.daklak.identity.teams;

class TeamChangedConcurrentlyException extends RuntimeException {
    TeamChangedConcurrentlyException(String teamId) {
        super("Team " + teamId + " is being changed by someone else; try again");
    }
}
