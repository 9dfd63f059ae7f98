package vn.gov.daklak.routing.transfer;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;

import vn.gov.daklak.contracts.report.ReportTransferRequested;
import vn.gov.daklak.platform.outbox.OutboxMessages;
import vn.gov.daklak.routing.casefile.Hop;
import vn.gov.daklak.routing.casefile.NoRoutingCaseException;
import vn.gov.daklak.routing.casefile.RoutingCase;
import vn.gov.daklak.routing.casefile.RoutingCases;
import vn.gov.daklak.routing.decision.RoutingDecision;

/**
 * Applies a transfer request once: decides the new assignment and stores it as the next hop with its
 * {@code ReportRouted} (same deadlines: the clock keeps running) in one conditional update.
 */
public class TransferService {
    private static final Logger log = LoggerFactory.getLogger(TransferService.class);
    private static final int ATTEMPTS = 5;

    private final TransferPolicy policy;
    private final RoutingCases cases;
    private final OutboxMessages messages;
    private final Clock clock;

    TransferService(TransferPolicy policy, RoutingCases cases, OutboxMessages messages, Clock clock) {
        this.policy = policy;
        this.cases = cases;
        this.messages = messages;
        this.clock = clock;
    }

    /** @return the hop made, or null if the request was a duplicate or stale */
    public Hop handle(ReportTransferRequested request, String eventId) {
        if (request.reportId() == null || request.fromTeamId() == null || request.reason() == null
                || request.reason().isBlank()) {
            throw new IllegalArgumentException("ReportTransferRequested " + eventId
                    + " lacks reportId, fromTeamId or reason");
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            RoutingCase c = cases.find(request.reportId()).orElseThrow(() -> new NoRoutingCaseException(
                    request.reportId(), "transfer request"));
            if (c.hasApplied(eventId)) {
                return null;
            }
            if (!request.fromTeamId().equals(c.current().teamId())) {
                log.warn("Ignoring transfer {} of report {} from team {}: the report is with {}", eventId,
                        c.reportId(), request.fromTeamId(), c.current().teamId());
                if (cases.markApplied(c, eventId)) {
                    return null;
                }
                continue;
            }
            TransferPolicy.Outcome outcome = policy.decide(c, request);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Hop hop = new Hop(c.hops().size() + 1, outcome.kind(), now, c.current().teamId(), outcome.assignment(),
                    request.actorId(), request.reason(), eventId);
            var routed = RoutingDecision.event(c.reportId(), c.priority(), outcome.assignment(), c.deadlines(), now);
            if (cases.addHop(c, hop, messages.wrap(routed, c.reportId(), c.lane()))) {
                log.info("Report {} transferred from {} to {} ({}, rule {})", c.reportId(), hop.fromTeamId(),
                        hop.assignment().teamId(), hop.kind(), hop.assignment().ruleId());
                return hop;
            }
        }
        throw new OptimisticLockingFailureException("Report " + request.reportId() + " kept changing; retry");
    }
}
