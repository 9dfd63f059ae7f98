package vn.gov.daklak.identity.teams;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.gov.daklak.platform.outbox.OutboxMessage;

/** Keeps teams and the events written with them, like the Mongo adapter but in memory. */
class InMemoryTeamRepository implements TeamRepository {
    final Map<String, Team> teams = new LinkedHashMap<>();
    final List<OutboxMessage> written = new ArrayList<>();
    int insertAttempts;

    @Override
    public Optional<Team> findById(String teamId) {
        return Optional.ofNullable(teams.get(teamId)).map(InMemoryTeamRepository::reread);
    }

    @Override
    public List<Team> find(TeamQuery query) {
        return teams.values().stream()
                .filter(t -> query.communeCode() == null || query.communeCode().equals(t.communeCode()))
                .filter(t -> query.teamType() == null || query.teamType() == t.teamType())
                .sorted(Comparator.comparing(Team::teamId))
                .map(InMemoryTeamRepository::reread)
                .toList();
    }

    @Override
    public Set<String> existingIds(Collection<String> teamIds) {
        Set<String> ids = new HashSet<>(teamIds);
        ids.retainAll(teams.keySet());
        return ids;
    }

    @Override
    public List<String> communeCodesOf(Collection<String> teamIds) {
        return teamIds.stream().map(teams::get).filter(t -> t != null && t.communeCode() != null)
                .map(Team::communeCode).distinct().sorted().toList();
    }

    @Override
    public Set<String> allIds() {
        return new HashSet<>(teams.keySet());
    }

    @Override
    public boolean insert(Team team) {
        insertAttempts++;
        if (teams.putIfAbsent(team.teamId(), team) != null) {
            return false;
        }
        written.addAll(team.outbox());
        return true;
    }

    @Override
    public boolean update(Team team) {
        Team stored = teams.get(team.teamId());
        if (stored == null || stored.revision() != team.revision()) {
            return false;
        }
        teams.put(team.teamId(), Team.restore(team.teamId(), team.name(), team.teamType(), team.communeCode(),
                team.active(), team.updatedAt(), team.revision() + 1));
        written.addAll(team.outbox());
        return true;
    }

    private static Team reread(Team t) {
        return Team.restore(t.teamId(), t.name(), t.teamType(), t.communeCode(), t.active(), t.updatedAt(),
                t.revision());
    }
}
