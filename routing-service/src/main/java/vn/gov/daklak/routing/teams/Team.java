package vn.gov.daklak.routing.teams;

import java.time.Instant;
import java.util.Objects;

import vn.gov.daklak.contracts.identity.TeamType;

/** A team as the identity service last described it. {@code communeCode} is null for province-level teams. */
public record Team(String teamId, String name, TeamType teamType, String communeCode, boolean active,
                   Instant updatedAt) {

    public Team {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(teamType, "teamType");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
