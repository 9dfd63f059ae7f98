package vn.gov.daklak.contracts.report;

import java.time.Instant;

/**
 * A resident's report was accepted at intake. {@code location} and {@code communeCode} may each be null, not both.
 * {@code assurance} is how sure the platform is of who filed it, as the resident signed in ({@code phone},
 * {@code vneid-1}, {@code vneid-2}); null when a hotline operator or a partner system filed it for them.
 */
public record ReportSubmitted(String reportId, String trackingCode, String categoryCode, String title,
                              String description, GeoPoint location, String communeCode, String addressText,
                              IntakeChannel channel, ReporterContact reporter, Instant submittedAt,
                              String assurance) {

    /** A report whose filer's assurance is not known (filed on the resident's behalf). */
    public ReportSubmitted(String reportId, String trackingCode, String categoryCode, String title,
                           String description, GeoPoint location, String communeCode, String addressText,
                           IntakeChannel channel, ReporterContact reporter, Instant submittedAt) {
        this(reportId, trackingCode, categoryCode, title, description, location, communeCode, addressText, channel,
                reporter, submittedAt, null);
    }
}
