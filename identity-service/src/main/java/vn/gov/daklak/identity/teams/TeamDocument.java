package vn.gov.daklak.identity.teams;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.platform.outbox.OutboxMessage;

/** A team as stored in the {@value #COLLECTION} collection, with its pending events. */
@Document(TeamDocument.COLLECTION)
record TeamDocument(@Id String id, String name, TeamType teamType, @Indexed String communeCode, boolean active,
                    Instant updatedAt, long revision, List<OutboxMessage> outbox) {
    static final String COLLECTION = "teams";

    static TeamDocument of(Team team) {
        return new TeamDocument(team.teamId(), team.name(), team.teamType(), team.communeCode(), team.active(),
                team.updatedAt(), team.revision(), team.outbox());
    }

    Team toTeam() {
        return Team.restore(id, name, teamType, communeCode, active, updatedAt, revision);
    }
}
