package vn.gov.daklak.contracts.identity;

import java.time.Instant;

/** A team was created or changed. Key: the team id. {@code communeCode} is null for province-level teams. */
public record TeamUpserted(String teamId, String name, TeamType teamType, String communeCode, boolean active,
                           Instant updatedAt) {
}
