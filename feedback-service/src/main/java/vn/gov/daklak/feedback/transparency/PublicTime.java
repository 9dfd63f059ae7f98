package vn.gov.daklak.feedback.transparency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Public times: Asia/Ho_Chi_Minh (+07:00), whole seconds. */
public final class PublicTime {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private PublicTime() {
    }

    public static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).atZone(VIETNAM).toOffsetDateTime();
    }

    /** ISO 8601 / W3C date-time with the offset, e.g. {@code 2026-03-02T09:15:00+07:00}. */
    public static String iso(Instant instant) {
        return instant == null ? null : local(instant).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
