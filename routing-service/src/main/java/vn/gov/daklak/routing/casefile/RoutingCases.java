package vn.gov.daklak.routing.casefile;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.gov.daklak.contracts.report.Lane;
import vn.gov.daklak.platform.outbox.OutboxMessage;
import vn.gov.daklak.routing.decision.RoutingDecision;

/**
 * Storage of routing cases, one document per report. Every change and the event it publishes are written in one
 * single-document update; updates are conditional, so concurrent consumers and instances cannot both succeed.
 */
public interface RoutingCases {

    /** A case to open, with its {@code ReportRouted} and the id of the submission it answers. */
    record Opening(RoutingDecision decision, Lane lane, OutboxMessage routed, String sourceEventId) {
    }

    /**
     * Opens the cases of newly routed reports, each on its lane with its {@code ReportRouted}: one write for the
     * escalation calendar (each case filed under its acknowledgement deadline, before it is inserted), one insert of
     * all cases.
     *
     * @return the ids of the reports whose case was opened now (the others had one already)
     */
    Set<String> openAll(List<Opening> openings);

    /** Those of {@code reportIds} that have a case (one read by {@code _id}). */
    Set<String> existing(Collection<String> reportIds);

    Optional<RoutingCase> find(String reportId);

    /**
     * Makes {@code hop} the current assignment (the new team has to acknowledge), with its event.
     *
     * @return false if the case changed since {@code seen} was read (read again and retry)
     */
    boolean addHop(RoutingCase seen, Hop hop, OutboxMessage routed);

    /** Stores the new progress and the event id. @return false if the case changed since {@code seen} was read */
    boolean updateProgress(RoutingCase seen, Progress progress, String eventId);

    /** Only records that the event was handled. @return false if the case changed since {@code seen} was read */
    boolean markApplied(RoutingCase seen, String eventId);

    /**
     * The cases the escalation calendar holds for a time that has come by {@code now}, earliest first, at most
     * {@code limit}: every case is filed under its next deadline when it is opened, looked at again when it changes
     * hands or is reopened, and stays filed until {@link #reschedule} moves it on. Read by key, so it costs the same
     * however many cases are stored.
     */
    List<DueCase> due(Instant now, int limit);

    /** Files {@code due}'s case under {@code next} instead (its next deadline), or takes it off the calendar (null). */
    void reschedule(DueCase due, Instant next);

    /**
     * Takes the step with its event in one atomic update, only if it is still due, not taken, and the report still
     * has the team and commune of {@code seen} (otherwise the event would name the wrong ones).
     *
     * @return true for exactly one caller per report and level, however many instances try
     */
    boolean claim(RoutingCase seen, EscalationStep step, OutboxMessage escalated);
}
