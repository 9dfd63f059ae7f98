package vn.gov.daklak.platform.e2e;

import java.util.ArrayList;
import java.util.List;

import vn.gov.daklak.platform.test.mongo.StandInExemption;

/**
 * The reads without a key that the four services may make while the end-to-end flows run, by collection and the
 * filter's fields, and why (see docs/ARCHITECTURE.md, "Data access by key"). The services' own integration tests name
 * the code behind each of these; here only the stand-in's view is available.
 */
final class EndToEndKeyedAccess {

    /** Collections that carry an outbox, per service database. */
    private static final List<String> OUTBOXES = List.of("feedback-service.reports",
            "routing-service.routing_decisions", "notification-service.notifications", "identity-service.teams",
            "identity-service.staff", "identity-service.residents", "identity-service.otp_challenges");

    static final List<StandInExemption> EXEMPTIONS = exemptions();

    private EndToEndKeyedAccess() {
    }

    private static List<StandInExemption> exemptions() {
        List<StandInExemption> all = new ArrayList<>();
        OUTBOXES.forEach(collection -> all.add(StandInExemption.of(collection, "outbox.eventId",
                "the outbox recovery poll")));
        all.add(StandInExemption.of("feedback-service.reports", "queueNotices.0",
                "recovery sweep of queue notices a crash left"));
        all.add(StandInExemption.of("feedback-service.reports", "status, resolvedAt", "auto-close sweep"));
        all.add(StandInExemption.of("feedback-service.idempotency_keys", "createdAt", "idempotency key expiry"));
        all.add(StandInExemption.of("feedback-service.queue_feed_heads", "", "queue feed retention"));
        all.add(StandInExemption.of("routing-service.routing_decisions",
                "deadlines.acknowledgeBy, escalations.TEAM_LEAD, progress.finishedAt, progress.acknowledgedAt",
                "escalation sweep (team lead)"));
        all.add(StandInExemption.of("routing-service.routing_decisions",
                "deadlines.resolveBy, escalations.COMMUNE_CHAIRMAN, progress.finishedAt, current.communeCode",
                "escalation sweep (commune chairman)"));
        all.add(StandInExemption.of("routing-service.routing_decisions",
                "deadlines.provinceEscalationBy, escalations.PROVINCE_OPERATIONS, progress.finishedAt",
                "escalation sweep (province operations)"));
        all.add(StandInExemption.of("routing-service.teams", "communeCode", "team listing of a commune"));
        all.add(StandInExemption.of("routing-service.teams", "", "team listing"));
        all.add(StandInExemption.of("notification-service.notifications", "status, createdAt, $or",
                "delivery sweep of pending notifications"));
        all.add(StandInExemption.of("notification-service.local_sink", "channel, address",
                "the local sinks' page, read by the tests to get sign-in codes"));
        all.add(StandInExemption.of("identity-service.signing_keys", "", "the signing keys (at most three)"));
        all.add(StandInExemption.of("identity-service.oauth2_authorizations", "expiresAt", "expired authorizations"));
        all.add(StandInExemption.of("identity-service.oauth2_authorizations", "principalName",
                "a resident's data export lists their grants (account deletion revokes them)"));
        all.add(StandInExemption.of("identity-service.rate_limits", "expiresAt", "ended rate-limit windows"));
        all.add(StandInExemption.of("identity-service.otp_challenges", "expiresAt, outbox.eventId",
                "expired sign-in codes"));
        all.add(StandInExemption.of("identity-service.phone_lockouts", "lockedUntil", "ended phone lock-outs"));
        return List.copyOf(all);
    }
}
