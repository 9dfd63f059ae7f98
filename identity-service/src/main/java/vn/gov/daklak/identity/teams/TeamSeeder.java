package vn.gov.daklak.identity.teams;

import java.time.Clock;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.gov.daklak.platform.outbox.OutboxMessages;
import vn.gov.daklak.reference.Communes;

/**
 * Creates the teams of {@link TeamSeedPlan} that do not exist yet. Existing teams are left alone, even if renamed or
 * deactivated by an administrator, so running it again changes and publishes nothing.
 */
@Component
public class TeamSeeder {
    private static final Logger log = LoggerFactory.getLogger(TeamSeeder.class);

    private final TeamRepository teams;
    private final OutboxMessages messages;
    private final Clock clock;

    TeamSeeder(TeamRepository teams, OutboxMessages messages, Clock clock) {
        this.teams = teams;
        this.messages = messages;
        this.clock = clock;
    }

    /** Returns how many teams were created. */
    public int seed() {
        Set<String> existing = teams.allIds();
        int created = 0;
        for (NewTeam spec : TeamSeedPlan.teamsFor(Communes.all())) {
            // insert() also says no when another instance created the team since allIds() was read
            if (!existing.contains(spec.teamId()) && teams.insert(Team.create(spec, clock.instant(), messages))) {
                created++;
            }
        }
        log.info("Team seeding: {} teams created, {} already present", created, existing.size());
        return created;
    }
}
