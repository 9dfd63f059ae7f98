package vn.gov.daklak.routing.events;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.contracts.report.ReportTransferRequested;
import vn.gov.daklak.platform.events.EventHandlers;
import vn.gov.daklak.routing.escalation.ProgressService;
import vn.gov.daklak.routing.intake.ReportRoutingService;
import vn.gov.daklak.routing.transfer.TransferService;

/**
 * The consumer of the report topic (binding {@code onReportEvents-in-0}): a report's events arrive in the order they
 * happened, so its case exists by the time a status change or transfer request is read. The service's own
 * {@code ReportRouted} and {@code ReportEscalated} come back on the topic too; they are skipped.
 */
@Configuration(proxyBeanMethods = false)
class ReportEventBindings {

    @Bean
    Consumer<Message<List<byte[]>>> onReportEvents(EventHandlers handlers, ReportRoutingService routing,
            ProgressService progress, TransferService transfers,
            @Value("${spring.cloud.stream.kafka.bindings.onReportEvents-in-0.consumer.dlq-name}") String dlq) {
        return reportEvents(handlers, routing, progress, transfers, dlq);
    }

    /** Urgent reports' lane: the same handling on a consumer of its own, never behind ordinary reports. */
    @Bean
    Consumer<Message<List<byte[]>>> onUrgentReportEvents(EventHandlers handlers, ReportRoutingService routing,
            ProgressService progress, TransferService transfers,
            @Value("${spring.cloud.stream.kafka.bindings.onUrgentReportEvents-in-0.consumer.dlq-name}") String dlq) {
        return reportEvents(handlers, routing, progress, transfers, dlq);
    }

    /**
     * A batch consumer (the bindings are in {@code batch-mode}): consecutive submissions of a poll are routed
     * together ({@link ReportRoutingService#routeAll}), everything else one event at a time, in order.
     */
    private static Consumer<Message<List<byte[]>>> reportEvents(EventHandlers handlers, ReportRoutingService routing,
                                                                ProgressService progress, TransferService transfers,
                                                                String deadLetterTopic) {
        return handlers.builder()
                .onRun(ReportSubmitted.class, routing::routeAll)
                .on(ReportStatusChanged.class, (event, envelope) -> progress.apply(event, envelope.id()))
                .on(ReportTransferRequested.class, (event, envelope) -> transfers.handle(event, envelope.id()))
                .buildBatch(deadLetterTopic);
    }
}
