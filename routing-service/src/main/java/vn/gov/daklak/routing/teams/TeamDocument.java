package vn.gov.daklak.routing.teams;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.gov.daklak.contracts.identity.TeamType;

@Document(MongoTeamDirectory.COLLECTION)
record TeamDocument(@Id String teamId, String name, TeamType teamType, @Indexed String communeCode, boolean active,
                    Instant updatedAt) {

    Team toTeam() {
        return new Team(teamId, name, teamType, communeCode, active, updatedAt);
    }
}
