package vn.gov.daklak.notification.reports;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.platform.events.EventEnvelope;
import vn.gov.daklak.platform.events.EventPayloads;

/** Kafka consumers of the report topics; bindings are in {@code application.yml}. */
@Configuration(proxyBeanMethods = false)
class ReportEventBindings {

    @Bean
    Consumer<Message<ReportSubmitted>> onReportSubmitted(ReportNotifier notifier) {
        return message -> {
            String eventId = EventEnvelope.of(message).id();
            notifier.submitted(eventId, EventPayloads.require(message, ReportSubmitted.class));
        };
    }

    @Bean
    Consumer<Message<ReportRouted>> onReportRouted(ReportNotifier notifier) {
        return message -> {
            String eventId = EventEnvelope.of(message).id();
            notifier.routed(eventId, EventPayloads.require(message, ReportRouted.class));
        };
    }

    @Bean
    Consumer<Message<ReportStatusChanged>> onReportStatusChanged(ReportNotifier notifier) {
        return message -> {
            String eventId = EventEnvelope.of(message).id();
            notifier.statusChanged(eventId, EventPayloads.require(message, ReportStatusChanged.class));
        };
    }
}
