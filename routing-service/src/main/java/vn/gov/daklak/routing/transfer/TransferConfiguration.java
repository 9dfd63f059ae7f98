package vn.gov.daklak.routing.transfer;

import java.time.Clock;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.gov.daklak.contracts.report.ReportTransferRequested;
import vn.gov.daklak.platform.events.EventEnvelope;
import vn.gov.daklak.platform.events.EventPayloads;
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

    @Bean
    Consumer<Message<ReportTransferRequested>> onReportTransferRequested(TransferService transfers) {
        return message -> {
            String eventId = EventEnvelope.of(message).id();
            transfers.handle(EventPayloads.require(message, ReportTransferRequested.class), eventId);
        };
    }
}
