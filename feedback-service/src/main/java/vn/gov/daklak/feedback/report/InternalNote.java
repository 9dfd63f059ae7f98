package vn.gov.daklak.feedback.report;

import java.time.Instant;

/** A note between staff; never shown to the resident. */
public record InternalNote(Instant at, String staffId, String text) {
}
