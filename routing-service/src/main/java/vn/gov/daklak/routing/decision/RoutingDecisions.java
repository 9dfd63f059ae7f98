package vn.gov.daklak.routing.decision;

import java.util.Optional;

import vn.gov.daklak.platform.outbox.OutboxMessage;

/** Storage of routing decisions, one per report. */
interface RoutingDecisions {

    boolean exists(String reportId);

    Optional<RoutingDecision> find(String reportId);

    /**
     * Stores the decision together with its event in one write.
     *
     * @return false if a decision for this report already exists (nothing was written)
     */
    boolean insert(RoutingDecision decision, OutboxMessage event, String sourceEventId);
}
