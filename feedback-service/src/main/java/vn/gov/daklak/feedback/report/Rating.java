package vn.gov.daklak.feedback.report;

import java.time.Instant;

/** The resident's satisfaction with how the report was handled, 1 (worst) to 5. */
public record Rating(int score, String comment, Instant at) {
}
