package vn.gov.daklak.contracts.report;

import java.time.Instant;

/** A resident's report was accepted at intake. {@code location} and {@code communeCode} may each be null, not both. */
public record ReportSubmitted(String reportId, String trackingCode, String categoryCode, String title,
                              String description, GeoPoint location, String communeCode, String addressText,
                              IntakeChannel channel, ReporterContact reporter, Instant submittedAt) {
}
