package vn.gov.daklak.routing.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.gov.daklak.contracts.report.Lane;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.platform.outbox.OutboxMessages;
import vn.gov.daklak.routing.casefile.RoutingCases;
import vn.gov.daklak.routing.decision.RoutingDecider;
import vn.gov.daklak.routing.decision.RoutingDecision;

/** Routes a submitted report once: decide, then open its case with the ReportRouted event in one insert. */
@Service
public class ReportRoutingService {
    private static final Logger log = LoggerFactory.getLogger(ReportRoutingService.class);

    private final RoutingDecider decider;
    private final RoutingCases cases;
    private final OutboxMessages outboxMessages;

    ReportRoutingService(RoutingDecider decider, RoutingCases cases, OutboxMessages outboxMessages) {
        this.decider = decider;
        this.cases = cases;
        this.outboxMessages = outboxMessages;
    }

    /**
     * @param lane the lane the submission arrived on: the decision goes out on it too
     * @return the new decision, or null if this report had already been routed
     */
    public RoutingDecision route(ReportSubmitted report, String eventId, Lane lane) {
        if (report.reportId() == null || report.reportId().isBlank()) {
            throw new IllegalArgumentException("ReportSubmitted " + eventId + " has no reportId");
        }
        // Cheap pre-check; the insert below is what actually guarantees "once" under concurrent redelivery.
        if (cases.exists(report.reportId())) {
            log.info("Report {} already routed; ignoring redelivered event {}", report.reportId(), eventId);
            return null;
        }
        RoutingDecision decision = decider.decide(report);
        if (!cases.open(decision, lane, outboxMessages.wrap(decision.toEvent(), decision.reportId(), lane), eventId)) {
            log.info("Report {} was routed concurrently; ignoring event {}", report.reportId(), eventId);
            return null;
        }
        log.info("Routed report {} to {} ({}, {}, rule {} v{}, {})", decision.reportId(),
                decision.assignment().teamId(), decision.assignment().communeCode(), decision.assignment().method(),
                decision.assignment().ruleId(), decision.assignment().ruleSetVersion(), decision.priority());
        return decision;
    }
}
