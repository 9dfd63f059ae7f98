package vn.gov.daklak.identity.teams;

import java.time.Instant;

import vn.gov.daklak.contracts.identity.TeamType;

record TeamView(String teamId, String name, TeamType teamType, String communeCode, boolean active,
                Instant updatedAt) {

    static TeamView of(Team team) {
        return new TeamView(team.teamId(), team.name(), team.teamType(), team.communeCode(), team.active(),
                team.updatedAt());
    }
}
