package vn.gov.daklak.notification.reports;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.gov.daklak.contracts.report.ReportEscalated;
import vn.gov.daklak.contracts.report.ReportFollowerAdded;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.notification.staff.StaffNotifier;
import vn.gov.daklak.platform.events.EventEnvelope;
import vn.gov.daklak.platform.events.EventPayloads;

/**
 * Kafka consumers of the report topics; bindings are in {@code application.yml}. The resident is told first, then
 * staff: a redelivered record finds the resident's notification there already and adds what is missing.
 */
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
    Consumer<Message<ReportRouted>> onReportRouted(ReportNotifier notifier, StaffNotifier staff) {
        return message -> {
            String eventId = EventEnvelope.of(message).id();
            ReportRouted event = EventPayloads.require(message, ReportRouted.class);
            notifier.routed(eventId, event);
            staff.assigned(eventId, event);
        };
    }

    @Bean
    Consumer<Message<ReportStatusChanged>> onReportStatusChanged(ReportNotifier notifier, StaffNotifier staff) {
        return message -> {
            String eventId = EventEnvelope.of(message).id();
            ReportStatusChanged event = EventPayloads.require(message, ReportStatusChanged.class);
            notifier.statusChanged(eventId, event);
            staff.citizenReplied(eventId, event);
        };
    }

    @Bean
    Consumer<Message<ReportFollowerAdded>> onReportFollowerAdded(ReportNotifier notifier) {
        return message -> {
            String eventId = EventEnvelope.of(message).id();
            notifier.followerAdded(eventId, EventPayloads.require(message, ReportFollowerAdded.class));
        };
    }

    @Bean
    Consumer<Message<ReportEscalated>> onReportEscalated(StaffNotifier staff) {
        return message -> {
            String eventId = EventEnvelope.of(message).id();
            staff.escalated(eventId, EventPayloads.require(message, ReportEscalated.class));
        };
    }
}
