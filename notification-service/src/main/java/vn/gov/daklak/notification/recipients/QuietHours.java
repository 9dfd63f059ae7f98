package vn.gov.daklak.notification.recipients;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * A daily window, in Vietnam time, during which non-urgent SMS and Zalo messages wait. {@code start} after
 * {@code end} spans midnight (21:00–07:00); equal bounds mean no quiet hours.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    /** @return null when either bound is missing or unreadable ("21:00", "7:00" and "07:00:00" are read) */
    public static QuietHours parse(String start, String end) {
        try {
            return start == null || end == null || start.isBlank() || end.isBlank() ? null
                    : new QuietHours(time(start), time(end));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public boolean contains(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    private static LocalTime time(String value) {
        String v = value.strip();
        return LocalTime.parse(v.length() == 4 ? "0" + v : v);
    }
}
