package vn.gov.daklak.routing.escalation;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.platform.events.EventEnvelope;
import vn.gov.daklak.platform.events.EventPayloads;

@Configuration(proxyBeanMethods = false)
class StatusBindings {

    @Bean
    Consumer<Message<ReportStatusChanged>> onReportStatusChanged(ProgressService progress) {
        return message -> {
            String eventId = EventEnvelope.of(message).id();
            progress.apply(EventPayloads.require(message, ReportStatusChanged.class), eventId);
        };
    }
}
