package vn.gov.daklak.identity.teams;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.gov.daklak.platform.outbox.OutboxCollection;

@Configuration(proxyBeanMethods = false)
class TeamsConfiguration {

    @Bean
    OutboxCollection teamsOutbox() {
        return new OutboxCollection(TeamDocument.COLLECTION);
    }
}
