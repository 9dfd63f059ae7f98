package vn.gov.daklak.routing.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.gov.daklak.contracts.report.EscalationLevel;
import vn.gov.daklak.contracts.report.Lane;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.platform.outbox.OutboxMessage;
import vn.gov.daklak.routing.deadline.DeadlinePolicy.Deadlines;
import vn.gov.daklak.routing.decision.Assignment;
import vn.gov.daklak.routing.decision.ReportFacts;
import vn.gov.daklak.routing.decision.RoutingDecision;

/**
 * {@code _id} is the report id, so a second case for the same report is a duplicate key. {@code outbox} holds the
 * events not yet published; the relay removes them and increments {@code version}. The escalation scan looks cases
 * up by deadline, hence one index per step.
 */
@Document(MongoRoutingCases.COLLECTION)
@CompoundIndex(name = "due_team_lead", def = "{'deadlines.acknowledgeBy': 1}")
@CompoundIndex(name = "due_commune_chairman", def = "{'deadlines.resolveBy': 1}")
@CompoundIndex(name = "due_province_operations", def = "{'deadlines.provinceEscalationBy': 1}")
record RoutingCaseDocument(@Id String reportId, long version, String sourceEventId, String categoryCode,
                           Priority priority, Assignment current, Instant assignedAt, Deadlines deadlines,
                           ReportFacts facts, List<Hop> hops, int transfers, Progress progress,
                           Map<EscalationLevel, EscalationStep> escalations, List<String> appliedEventIds,
                           List<OutboxMessage> outbox, Lane lane) {

    static RoutingCaseDocument open(RoutingDecision d, Lane lane, OutboxMessage routed, String sourceEventId) {
        Hop first = new Hop(1, Hop.Kind.ROUTED, d.routedAt(), null, d.assignment(), null, null, sourceEventId);
        return new RoutingCaseDocument(d.reportId(), 0, sourceEventId, d.facts().categoryCode(), d.priority(),
                d.assignment(), d.routedAt(), d.deadlines(), d.facts(), List.of(first), 0, Progress.none(),
                new EnumMap<>(EscalationLevel.class), new ArrayList<>(List.of(sourceEventId)),
                new ArrayList<>(List.of(routed)), lane);
    }

    RoutingCase toCase() {
        return new RoutingCase(reportId, version, categoryCode, priority, current, assignedAt, deadlines, facts,
                hops == null ? List.of() : hops, transfers, progress, escalations,
                appliedEventIds == null ? null : new LinkedHashSet<>(appliedEventIds), lane);
    }
}
