package vn.gov.daklak.routing.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.gov.daklak.contracts.report.Lane;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.platform.events.EventRunHandler;
import vn.gov.daklak.platform.outbox.OutboxMessages;
import vn.gov.daklak.routing.casefile.RoutingCases;
import vn.gov.daklak.routing.decision.RoutingDecider;
import vn.gov.daklak.routing.decision.RoutingDecision;

/** Routes each submitted report once: decide, then open its case with its ReportRouted event in the same insert. */
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
     * Routes the reports of a run of submissions (a batch consumer's): one read for the cases that exist, one write
     * for the calendar and one insert for the new cases, instead of three per report. Each report is decided as by
     * the rules of a single report; a submission without a report id fails the run (which is then handled one at a time).
     *
     * @return the decisions made now (reports routed before, or twice in the run, are left out)
     */
    public List<RoutingDecision> routeAll(List<EventRunHandler.Delivery<ReportSubmitted>> run) {
        Map<String, EventRunHandler.Delivery<ReportSubmitted>> firstPerReport = new LinkedHashMap<>();
        for (EventRunHandler.Delivery<ReportSubmitted> d : run) {
            if (d.event().reportId() == null || d.event().reportId().isBlank()) {
                throw new IllegalArgumentException("ReportSubmitted " + d.envelope().id() + " has no reportId");
            }
            firstPerReport.putIfAbsent(d.event().reportId(), d);
        }
        Set<String> routedBefore = cases.existing(firstPerReport.keySet());
        List<RoutingCases.Opening> openings = new ArrayList<>();
        for (EventRunHandler.Delivery<ReportSubmitted> d : firstPerReport.values()) {
            if (routedBefore.contains(d.event().reportId())) {
                log.info("Report {} already routed; ignoring redelivered event {}", d.event().reportId(),
                        d.envelope().id());
                continue;
            }
            RoutingDecision decision = decider.decide(d.event());
            Lane lane = d.envelope().lane();
            openings.add(new RoutingCases.Opening(decision, lane,
                    outboxMessages.wrap(decision.toEvent(), decision.reportId(), lane), d.envelope().id()));
        }
        Set<String> opened = cases.openAll(openings);
        List<RoutingDecision> decisions = new ArrayList<>();
        for (RoutingCases.Opening o : openings) {
            if (opened.contains(o.decision().reportId())) {
                logRouted(o.decision());
                decisions.add(o.decision());
            } else {
                log.info("Report {} was routed concurrently; ignoring event {}", o.decision().reportId(),
                        o.sourceEventId());
            }
        }
        return decisions;
    }

    private static void logRouted(RoutingDecision decision) {
        log.info("Routed report {} to {} ({}, {}, rule {} v{}, {})", decision.reportId(),
                decision.assignment().teamId(), decision.assignment().communeCode(), decision.assignment().method(),
                decision.assignment().ruleId(), decision.assignment().ruleSetVersion(), decision.priority());
    }
}
