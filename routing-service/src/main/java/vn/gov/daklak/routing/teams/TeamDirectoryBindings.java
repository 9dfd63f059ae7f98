package vn.gov.daklak.routing.teams;

import java.time.Instant;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.gov.daklak.contracts.identity.TeamUpserted;
import vn.gov.daklak.platform.events.EventEnvelope;
import vn.gov.daklak.platform.events.EventPayloads;

@Configuration(proxyBeanMethods = false)
class TeamDirectoryBindings {
    private static final Logger log = LoggerFactory.getLogger(TeamDirectoryBindings.class);

    /** Naturally idempotent: a redelivered or older event leaves the newer stored copy in place. */
    @Bean
    Consumer<Message<TeamUpserted>> onTeamUpserted(TeamDirectory directory) {
        return message -> {
            EventEnvelope envelope = EventEnvelope.of(message);
            TeamUpserted event = EventPayloads.require(message, TeamUpserted.class);
            Instant updatedAt = event.updatedAt() != null ? event.updatedAt() : envelope.time();
            if (event.teamId() == null || event.teamType() == null || updatedAt == null) {
                throw new IllegalArgumentException("TeamUpserted " + envelope.id()
                        + " lacks teamId, teamType or updatedAt");
            }
            Team team = new Team(event.teamId(), event.name(), event.teamType(), event.communeCode(), event.active(),
                    updatedAt);
            if (!directory.apply(team)) {
                log.info("Ignored stale TeamUpserted {} for team {} ({})", envelope.id(), team.teamId(), updatedAt);
            }
        };
    }
}
