package vn.gov.daklak.routing.intake;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.platform.events.EventEnvelope;
import vn.gov.daklak.platform.events.EventPayloads;

@Configuration(proxyBeanMethods = false)
class DecisionBindings {

    @Bean
    Consumer<Message<ReportSubmitted>> onReportSubmitted(ReportRoutingService routing) {
        return message -> {
            String eventId = EventEnvelope.of(message).id();
            routing.route(EventPayloads.require(message, ReportSubmitted.class), eventId);
        };
    }
}
