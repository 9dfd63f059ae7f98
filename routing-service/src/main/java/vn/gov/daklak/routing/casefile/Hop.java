package vn.gov.daklak.routing.casefile;

import java.time.Instant;

import vn.gov.daklak.routing.decision.Assignment;

/**
 * One assignment in a report's history: the first routing, then one per transfer request.
 *
 * @param fromTeamId    the team that had the report before (null for the first routing)
 * @param requestedBy   the staff member who asked for the transfer
 * @param requestReason the transfer reason they gave
 * @param eventId       the event that caused the hop (ReportSubmitted or ReportTransferRequested)
 */
public record Hop(int number, Kind kind, Instant at, String fromTeamId, Assignment assignment, String requestedBy,
                  String requestReason, String eventId) {

    public enum Kind {
        /** The first decision. */
        ROUTED,
        /** The requested target team was accepted. */
        TRANSFER_ACCEPTED,
        /** Sent to the team the rules give in the requested commune. */
        TRANSFER_TO_COMMUNE,
        /** The request named no usable target: decided again, without the team that passed it on. */
        TRANSFER_REDECIDED,
        /** Bounced between teams too often (or nobody else fits): the province triage desk decides. */
        TRANSFER_TO_TRIAGE
    }

    public boolean isTransfer() {
        return kind != Kind.ROUTED;
    }
}
