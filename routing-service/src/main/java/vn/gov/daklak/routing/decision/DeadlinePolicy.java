package vn.gov.daklak.routing.decision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import vn.gov.daklak.contracts.report.Priority;

/**
 * First version: deadlines in plain clock hours from the moment of routing (nights, weekends and holidays count).
 * Working-hours deadlines replace this later; until then the durations live in {@code routing.deadlines.*}.
 */
final class DeadlinePolicy {
    private final Clock clock;
    private final Window urgent;
    private final Window normal;

    /** How long a team has to acknowledge and to resolve a report. */
    record Window(Duration acknowledge, Duration resolve) {
        public Window {
            Objects.requireNonNull(acknowledge, "acknowledge");
            Objects.requireNonNull(resolve, "resolve");
            if (acknowledge.isNegative() || resolve.compareTo(acknowledge) < 0) {
                throw new IllegalArgumentException("need 0 <= acknowledge <= resolve, got " + acknowledge + ", "
                        + resolve);
            }
        }
    }

    /** When a report was routed and by when it must be acknowledged and resolved. */
    record Deadlines(Instant routedAt, Instant acknowledgeBy, Instant resolveBy) {
    }

    DeadlinePolicy(Clock clock, Window urgent, Window normal) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.urgent = Objects.requireNonNull(urgent, "urgent");
        this.normal = Objects.requireNonNull(normal, "normal");
    }

    /** Deadlines for a report routed now. Only URGENT and NORMAL are decided yet; any other gets NORMAL's. */
    Deadlines startNow(Priority priority) {
        Instant now = clock.instant();
        Window window = priority == Priority.URGENT ? urgent : normal;
        return new Deadlines(now, now.plus(window.acknowledge()), now.plus(window.resolve()));
    }
}
