package vn.gov.daklak.console.web;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Times as people in Đắk Lắk read them (Asia/Ho_Chi_Minh), and deadlines as time left; {@code @fmt} in templates. */
@Component("fmt")
public class Formats {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    Formats(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code 02/12/2026 23:45} in Vietnam's time from an ISO-8601 time with offset. */
    public String time(Object iso) {
        OffsetDateTime time = parse(iso);
        return time == null ? "" : time.atZoneSameInstant(VIETNAM).format(TIME);
    }

    /** "còn 2 ngày 3 giờ" / "quá hạn 5 giờ" (in the page's language), calendar time to a deadline. */
    public String remaining(Object iso) {
        OffsetDateTime deadline = parse(iso);
        if (deadline == null) {
            return "";
        }
        Duration left = Duration.between(clock.instant(), deadline.toInstant());
        String amount = amount(left.abs());
        return message(left.isNegative() ? "deadline.overdue" : "deadline.left", amount);
    }

    /** True when the deadline has passed. */
    public boolean passed(Object iso) {
        OffsetDateTime deadline = parse(iso);
        return deadline != null && deadline.toInstant().isBefore(clock.instant());
    }

    private String amount(Duration d) {
        if (d.toDays() > 0) {
            return message("duration.daysHours", d.toDays(), d.toHoursPart());
        }
        if (d.toHours() > 0) {
            return message("duration.hoursMinutes", d.toHours(), d.toMinutesPart());
        }
        return message("duration.minutes", Math.max(1, d.toMinutes()));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static OffsetDateTime parse(Object iso) {
        if (iso == null || iso.toString().isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
