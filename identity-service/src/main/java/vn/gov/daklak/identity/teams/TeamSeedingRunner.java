package vn.gov.daklak.identity.teams;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** Seeds the teams at start-up, before the service reports ready; {@code identity.seed.teams=false} turns it off. */
@Component
@ConditionalOnBooleanProperty(name = "identity.seed.teams", matchIfMissing = true)
class TeamSeedingRunner implements ApplicationRunner {
    private final TeamSeeder seeder;

    TeamSeedingRunner(TeamSeeder seeder) {
        this.seeder = seeder;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeder.seed();
    }
}
