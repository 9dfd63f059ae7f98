package vn.gov.daklak.identity.teams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.contracts.identity.TeamUpserted;
import vn.gov.daklak.platform.outbox.OutboxMessage;
import vn.gov.daklak.platform.outbox.OutboxMessages;

/**
 * A team that can own reports. Every change appends a {@link TeamUpserted} to {@link #outbox()}, which the repository
 * writes together with the new state.
 */
final class Team {
    private final String teamId;
    private final TeamType teamType;
    private final String communeCode;
    private final long revision;
    private final List<OutboxMessage> outbox = new ArrayList<>();
    private String name;
    private boolean active;
    private Instant updatedAt;

    private Team(String teamId, String name, TeamType teamType, String communeCode, boolean active, Instant updatedAt,
                 long revision) {
        this.teamId = teamId;
        this.name = name;
        this.teamType = teamType;
        this.communeCode = communeCode;
        this.active = active;
        this.updatedAt = updatedAt;
        this.revision = revision;
    }

    static Team create(NewTeam spec, Instant now, OutboxMessages messages) {
        Team team = new Team(spec.teamId(), spec.name(), spec.teamType(), spec.communeCode(), true, now, 0);
        team.announce(messages);
        return team;
    }

    /**
     * A stored team. Its outbox starts empty on purpose: events still pending in the store stay there for the relay,
     * and writing them back would publish them twice.
     */
    static Team restore(String teamId, String name, TeamType teamType, String communeCode, boolean active,
                        Instant updatedAt, long revision) {
        return new Team(teamId, name, teamType, communeCode, active, updatedAt, revision);
    }

    /** Renames and/or (de)activates. Returns false, and records no event, when nothing changes. */
    boolean change(String newName, boolean newActive, Instant now, OutboxMessages messages) {
        String normalized = TeamNames.normalize(newName);
        if (normalized == null || normalized.isEmpty()) {
            throw new IllegalArgumentException("name is required");
        }
        if (normalized.equals(name) && newActive == active) {
            return false;
        }
        name = normalized;
        active = newActive;
        updatedAt = now;
        announce(messages);
        return true;
    }

    TeamUpserted toEvent() {
        return new TeamUpserted(teamId, name, teamType, communeCode, active, updatedAt);
    }

    private void announce(OutboxMessages messages) {
        outbox.add(messages.wrap(toEvent(), teamId));
    }

    String teamId() {
        return teamId;
    }

    String name() {
        return name;
    }

    TeamType teamType() {
        return teamType;
    }

    String communeCode() {
        return communeCode;
    }

    boolean active() {
        return active;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** Optimistic-concurrency counter of the stored state this instance was read from. */
    long revision() {
        return revision;
    }

    /** Events of the changes made through this instance, not yet written. */
    List<OutboxMessage> outbox() {
        return List.copyOf(outbox);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Team other && teamId.equals(other.teamId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(teamId);
    }

    @Override
    public String toString() {
        return "Team[" + teamId + "]";
    }
}
