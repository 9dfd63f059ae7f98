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
import vn.gov.daklak.platform.events.EventHandlers;

/**
 * The consumer of the report topic (binding {@code onReportEvents-in-0}): a report's events arrive in the order they
 * happened, so the submission is always known here before anything that follows it. The resident is told first, then
 * staff: a redelivered record finds the resident's notification there already and adds what is missing.
 */
@Configuration(proxyBeanMethods = false)
class ReportEventBindings {

    @Bean
    Consumer<Message<byte[]>> onReportEvents(EventHandlers handlers, ReportNotifier notifier, StaffNotifier staff) {
        return reportEvents(handlers, notifier, staff);
    }

    /** Urgent reports' lane: the same handling on a consumer of its own, never behind ordinary reports. */
    @Bean
    Consumer<Message<byte[]>> onUrgentReportEvents(EventHandlers handlers, ReportNotifier notifier,
                                                   StaffNotifier staff) {
        return reportEvents(handlers, notifier, staff);
    }

    private static Consumer<Message<byte[]>> reportEvents(EventHandlers handlers, ReportNotifier notifier,
                                                          StaffNotifier staff) {
        return handlers.builder()
                .on(ReportSubmitted.class, (event, envelope) -> notifier.submitted(envelope.id(), event))
                .on(ReportRouted.class, (event, envelope) -> {
                    notifier.routed(envelope.id(), event);
                    staff.assigned(envelope.id(), event);
                })
                .on(ReportStatusChanged.class, (event, envelope) -> {
                    notifier.statusChanged(envelope.id(), event);
                    staff.citizenReplied(envelope.id(), event);
                })
                .on(ReportFollowerAdded.class, (event, envelope) -> notifier.followerAdded(envelope.id(), event))
                .on(ReportEscalated.class, (event, envelope) -> staff.escalated(envelope.id(), event))
                .build();
    }
}
