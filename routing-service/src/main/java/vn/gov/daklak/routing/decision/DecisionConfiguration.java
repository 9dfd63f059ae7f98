package vn.gov.daklak.routing.decision;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.gov.daklak.platform.outbox.OutboxCollection;
import vn.gov.daklak.platform.outbox.OutboxMessages;
import vn.gov.daklak.routing.teams.TeamDirectory;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
class DecisionConfiguration {

    @Bean
    OutboxCollection routingDecisionsOutbox() {
        return new OutboxCollection(MongoRoutingDecisions.COLLECTION);
    }

    @Bean
    DeadlinePolicy deadlinePolicy(Clock clock, DeadlineProperties properties) {
        return new DeadlinePolicy(clock, properties.urgent(), properties.normal());
    }

    @Bean
    RoutingDecider routingDecider(CommuneLocator locator, TeamDirectory directory, DeadlinePolicy deadlines) {
        return new RoutingDecider(locator, directory, deadlines);
    }

    @Bean
    ReportRoutingService reportRoutingService(RoutingDecider decider, RoutingDecisions decisions,
                                              OutboxMessages outboxMessages) {
        return new ReportRoutingService(decider, decisions, outboxMessages);
    }
}
