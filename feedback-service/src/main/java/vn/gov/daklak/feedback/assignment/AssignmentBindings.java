package vn.gov.daklak.feedback.assignment;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.gov.daklak.contracts.notification.NotificationDelivered;
import vn.gov.daklak.contracts.notification.NotificationFailed;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.platform.events.EventEnvelope;
import vn.gov.daklak.platform.events.EventHandlers;
import vn.gov.daklak.platform.events.EventPayloads;

/** Kafka consumers (bindings in application.yml). */
@Configuration(proxyBeanMethods = false)
class AssignmentBindings {

    /** The resident's timeline shows what the resident was told; staff alerts and sign-in codes stay out. */
    private static boolean aboutTheResident(String reportId, RecipientKind kind) {
        return reportId != null && kind == RecipientKind.CITIZEN;
    }

    /** The report topic: only routing's decisions concern the assignment; the other report events are skipped. */
    @Bean
    Consumer<Message<byte[]>> onReportEvents(EventHandlers handlers, ReportAssignment assignment) {
        return reportEvents(handlers, assignment);
    }

    /** Urgent reports' lane: the same handling on a consumer of its own, never behind ordinary reports. */
    @Bean
    Consumer<Message<byte[]>> onUrgentReportEvents(EventHandlers handlers, ReportAssignment assignment) {
        return reportEvents(handlers, assignment);
    }

    private static Consumer<Message<byte[]>> reportEvents(EventHandlers handlers, ReportAssignment assignment) {
        return handlers.builder()
                .on(ReportRouted.class, (event, envelope) -> assignment.routed(envelope.id(), event))
                .build();
    }

    @Bean
    Consumer<Message<NotificationDelivered>> onNotificationDelivered(ReportAssignment assignment) {
        return message -> {
            var delivered = EventPayloads.require(message, NotificationDelivered.class);
            if (aboutTheResident(delivered.reportId(), delivered.recipientKind())) {
                assignment.delivered(EventEnvelope.of(message).id(), delivered);
            }
        };
    }

    @Bean
    Consumer<Message<NotificationFailed>> onNotificationFailed(ReportAssignment assignment) {
        return message -> {
            var failed = EventPayloads.require(message, NotificationFailed.class);
            if (aboutTheResident(failed.reportId(), failed.recipientKind())) {
                assignment.failed(EventEnvelope.of(message).id(), failed);
            }
        };
    }
}
