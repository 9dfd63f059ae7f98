package vn.gov.daklak.identity.teams;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.reference.Communes;

/** What is needed to create a team; invariants are checked here so every path (API, seeding) obeys them. */
record NewTeam(String teamId, String name, TeamType teamType, String communeCode) {

    NewTeam {
        if (teamId == null || teamId.isBlank()) {
            throw new IllegalArgumentException("teamId is required");
        }
        name = TeamNames.normalize(name);
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("name is required");
        }
        if (teamType == null) {
            throw new IllegalArgumentException("teamType is required");
        }
        if (!TeamScope.of(teamType).accepts(communeCode)) {
            throw new IllegalArgumentException("communeCode " + TeamScope.communeCodeProblem(teamType));
        }
        if (communeCode != null && Communes.byCode(communeCode).isEmpty()) {
            throw new IllegalArgumentException("communeCode " + communeCode + " is not a commune or ward of Đắk Lắk");
        }
    }
}
