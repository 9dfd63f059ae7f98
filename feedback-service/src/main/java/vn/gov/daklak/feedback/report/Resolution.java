package vn.gov.daklak.feedback.report;

import java.time.Duration;
import java.time.Instant;

/** What the team did about a report and when; the resident may dispute it within {@link #DISPUTE_WINDOW}. */
public record Resolution(String text, Instant at) {
    /** How long a resident may dispute a resolution; after it the report closes itself. */
    public static final Duration DISPUTE_WINDOW = Duration.ofDays(7);

    boolean disputableAt(Instant now) {
        return !at.plus(DISPUTE_WINDOW).isBefore(now);
    }

    boolean undisputedAt(Instant now) {
        return !at.plus(DISPUTE_WINDOW).isAfter(now);
    }
}
