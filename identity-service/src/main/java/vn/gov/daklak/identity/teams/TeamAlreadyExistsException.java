package vn.gov.daklak.identity.teams;

class TeamAlreadyExistsException extends RuntimeException {
    TeamAlreadyExistsException(String teamId) {
        super("A team with id " + teamId + " already exists");
    }
}
