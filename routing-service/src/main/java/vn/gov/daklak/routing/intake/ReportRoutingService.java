package vn.gov.daklak.routing.decision;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.platform.outbox.OutboxMessages;

/** Routes a submitted report once: decide, then store the decision and its ReportRouted event in one insert. */
class ReportRoutingService {
    private static final Logger log = LoggerFactory.getLogger(ReportRoutingService.class);

    private final RoutingDecider decider;
    private final RoutingDecisions decisions;
    private final OutboxMessages outboxMessages;

    ReportRoutingService(RoutingDecider decider, RoutingDecisions decisions, OutboxMessages outboxMessages) {
        this.decider = decider;
        this.decisions = decisions;
        this.outboxMessages = outboxMessages;
    }

    /** @return the new decision, or null if this report had already been routed */
    RoutingDecision route(ReportSubmitted report, String eventId) {
        if (report.reportId() == null || report.reportId().isBlank()) {
            throw new IllegalArgumentException("ReportSubmitted " + eventId + " has no reportId");
        }
        // Cheap pre-check; the insert below is what actually guarantees "once" under concurrent redelivery.
        if (decisions.exists(report.reportId())) {
            log.info("Report {} already routed; ignoring redelivered event {}", report.reportId(), eventId);
            return null;
        }
        RoutingDecision decision = decider.decide(report);
        if (!decisions.insert(decision, outboxMessages.wrap(decision.toEvent(), decision.reportId()), eventId)) {
            log.info("Report {} was routed concurrently; ignoring event {}", report.reportId(), eventId);
            return null;
        }
        log.info("Routed report {} to {} ({}, {}, {})", decision.reportId(), decision.teamId(), decision.communeCode(),
                decision.method(), decision.priority());
        return decision;
    }
}
