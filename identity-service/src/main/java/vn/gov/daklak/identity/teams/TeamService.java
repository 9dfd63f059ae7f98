package vn.gov.daklak.identity.teams;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.gov.daklak.platform.outbox.OutboxMessages;

/** Use cases of the team directory. */
@Service
class TeamService implements TeamCatalog, TeamCommunes {
    private static final Logger log = LoggerFactory.getLogger(TeamService.class);
    private static final int ATTEMPTS = 3;

    private final TeamRepository teams;
    private final OutboxMessages messages;
    private final Clock clock;

    TeamService(TeamRepository teams, OutboxMessages messages, Clock clock) {
        this.teams = teams;
        this.messages = messages;
        this.clock = clock;
    }

    Team get(String teamId) {
        return teams.findById(teamId).orElseThrow(() -> new TeamNotFoundException(teamId));
    }

    List<Team> find(TeamQuery query) {
        return teams.find(query);
    }

    Team create(NewTeam spec) {
        Team team = Team.create(spec, clock.instant(), messages);
        if (!teams.insert(team)) {
            throw new TeamAlreadyExistsException(spec.teamId());
        }
        log.info("Team {} created", team.teamId());
        return team;
    }

    Team change(String teamId, String name, boolean active) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Team team = get(teamId);
            if (!team.change(name, active, clock.instant(), messages)) {
                return team;
            }
            if (teams.update(team)) {
                log.info("Team {} changed (active={})", teamId, active);
                return team;
            }
        }
        throw new TeamChangedConcurrentlyException(teamId);
    }

    @Override
    public Set<String> unknownTeamIds(Collection<String> teamIds) {
        Set<String> unknown = new HashSet<>(teamIds);
        unknown.removeAll(teams.existingIds(teamIds));
        return unknown;
    }

    @Override
    public List<String> communeCodesOf(Collection<String> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return teams.communeCodesOf(teamIds);
    }
}
