package vn.gov.daklak.notification.dispatch;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

import vn.gov.daklak.notification.recipients.QuietHours;

/**
 * Non-urgent SMS and Zalo messages are not sent during quiet hours (21:00–07:00 in Vietnam unless the resident set
 * their own): they are held until the end of the window. E-mail and in-app wake nobody and go at once, as do urgent
 * messages.
 */
final class QuietHoursPolicy {
    private final QuietHoursProperties properties;
    private final QuietHours standard;

    QuietHoursPolicy(QuietHoursProperties properties) {
        this.properties = properties;
        this.standard = new QuietHours(properties.start(), properties.end());
    }

    /** @return when the notification may go, if that is later than {@code now} */
    Optional<Instant> holdUntil(Notification notification, Instant now) {
        if (!properties.enabled() || notification.urgent() || !properties.channels().contains(notification.channel())) {
            return Optional.empty();
        }
        QuietHours window = notification.plan().quietHours() != null ? notification.plan().quietHours() : standard;
        ZonedDateTime local = now.atZone(properties.zone());
        if (!window.contains(local.toLocalTime())) {
            return Optional.empty();
        }
        LocalTime end = window.end();
        ZonedDateTime until = local.toLocalDate().atTime(end).atZone(properties.zone());
        if (!until.isAfter(local)) {
            until = until.plusDays(1);
        }
        return Optional.of(until.toInstant());
    }
}
