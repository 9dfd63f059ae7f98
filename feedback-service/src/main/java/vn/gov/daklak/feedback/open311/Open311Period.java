package vn.gov.daklak.feedback.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpStatus;

import vn.gov.daklak.feedback.transparency.PublicTime;

/**
 * {@code start_date}..{@code end_date} as the spec has it: W3C date-times, a span of at most 90 days, and without
 * them the most recent 90 days. With only one of them, the span runs 90 days from it (forwards or backwards).
 */
record Open311Period(Instant start, Instant end) {
    static final Duration LONGEST = Duration.ofDays(90);

    static Open311Period of(String startDate, String endDate, Instant now) {
        Instant start = startDate == null ? null : parse("start_date", startDate);
        Instant end = endDate == null ? null : parse("end_date", endDate);
        if (start == null && end == null) {
            end = now;
        }
        if (start == null) {
            start = end.minus(LONGEST);
        } else if (end == null) {
            end = start.plus(LONGEST);
        }
        if (end.isBefore(start)) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, "end_date must not be before start_date");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, "start_date to end_date may span at most 90 days");
        }
        return new Open311Period(start, end);
    }

    /** A W3C date-time; without an offset it is Vietnamese time, a bare date its first instant. */
    static Instant parse(String name, String value) {
        // an offset's '+' sent unencoded in a query string arrives as a space
        String text = value.strip().replaceFirst(" (\\d{2}:?\\d{2})$", "+$1");
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(PublicTime.VIETNAM).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(PublicTime.VIETNAM).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw new Open311Exception(HttpStatus.BAD_REQUEST, name + ": " + value
                            + " is not a W3C date-time such as 2026-03-01T00:00:00+07:00");
                }
            }
        }
    }
}
