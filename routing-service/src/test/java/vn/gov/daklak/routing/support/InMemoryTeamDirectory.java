package vn.gov.daklak.routing.support;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.routing.teams.Team;
import vn.gov.daklak.routing.teams.TeamDirectory;

/** The team directory in a map, for unit tests. */
public class InMemoryTeamDirectory implements TeamDirectory {
    private final Map<String, Team> teams = new ConcurrentHashMap<>();

    @Override
    public boolean apply(Team team) {
        Team stored = teams.get(team.teamId());
        if (stored != null && stored.updatedAt().isAfter(team.updatedAt())) {
            return false;
        }
        teams.put(team.teamId(), team);
        return true;
    }

    @Override
    public List<Team> list(String communeCode) {
        return teams.values().stream()
                .filter(t -> communeCode == null || communeCode.equals(t.communeCode()))
                .sorted(Comparator.comparing(Team::teamId)).toList();
    }

    @Override
    public Optional<Team> find(String teamId) {
        return Optional.ofNullable(teamId == null ? null : teams.get(teamId));
    }

    @Override
    public Optional<Team> activeTeam(TeamType type, String communeCode) {
        return teams.values().stream()
                .filter(t -> t.active() && t.teamType() == type && Objects.equals(t.communeCode(), communeCode))
                .min(Comparator.comparing(Team::teamId));
    }
}
