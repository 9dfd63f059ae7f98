package vn.gov.daklak.routing.transfer;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.gov.daklak.platform.outbox.OutboxMessages;
import vn.gov.daklak.routing.casefile.RoutingCases;
import vn.gov.daklak.routing.decision.RoutingDecider;
import vn.gov.daklak.routing.teams.TeamDirectory;

@Configuration(proxyBeanMethods = false)
class TransferConfiguration {

    @Bean
    TransferService transferService(RoutingDecider decider, TeamDirectory directory, RoutingCases cases,
                                    OutboxMessages messages, Clock clock,
                                    @Value("${routing.transfer.max-transfers-before-triage:2}") int maxTransfers) {
        return new TransferService(new TransferPolicy(decider, directory, maxTransfers), cases, messages, clock);
    }
}
