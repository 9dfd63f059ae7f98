package vn.gov.daklak.routing.decision;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.platform.outbox.OutboxMessage;

/** {@code _id} is the report id, so a second decision for the same report is a duplicate key. */
@Document(MongoRoutingDecisions.COLLECTION)
record RoutingDecisionDocument(@Id String reportId, String categoryCode, String communeCode, String communeName,
                               String teamId, String teamName, String teamType, RoutingMethod method, String ruleId,
                               String reason, Priority priority, Instant acknowledgeBy, Instant resolveBy,
                               Instant routedAt, String sourceEventId, List<OutboxMessage> outbox) {

    static RoutingDecisionDocument of(RoutingDecision d, OutboxMessage event, String sourceEventId) {
        return new RoutingDecisionDocument(d.reportId(), d.categoryCode(), d.communeCode(), d.communeName(),
                d.teamId(), d.teamName(), d.teamType(), d.method(), d.ruleId(), d.reason(), d.priority(),
                d.acknowledgeBy(), d.resolveBy(), d.routedAt(), sourceEventId, List.of(event));
    }

    RoutingDecision toDecision() {
        return new RoutingDecision(reportId, categoryCode, communeCode, communeName, teamId, teamName, teamType,
                method, ruleId, reason, priority, acknowledgeBy, resolveBy, routedAt);
    }
}
