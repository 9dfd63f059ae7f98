package vn.gov.daklak.notification.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import vn.gov.daklak.contracts.notification.NotificationDelivered;
import vn.gov.daklak.contracts.notification.NotificationFailed;

/** Port: stored notifications. Outcome events are written in the same single-document write as the outcome. */
public interface Notifications {

    /** @return false when a notification with this id exists already (the event was handled before) */
    boolean insert(Notification notification);

    /** Inserts a notification that failed before any attempt, with its failure event. */
    boolean insertFailed(Notification notification, NotificationFailed event);

    /**
     * Takes a pending notification for one delivery attempt: counts the attempt and leases it until
     * {@code leaseUntil}, so no other thread or instance sends it meanwhile. Empty when it is not pending or is
     * leased by someone else (or waiting for its retry time).
     */
    Optional<Notification> claim(String id, Instant now, Instant leaseUntil);

    /** The report's pending notifications, oldest first. */
    List<Notification> pendingForReport(String reportId);

    /** Pending notifications created before {@code createdBefore} and free to claim at {@code now}, oldest first. */
    List<Notification> due(Instant createdBefore, Instant now, int limit);

    void recordSent(Notification notification, String providerMessageId, Instant sentAt,
                    NotificationDelivered event);

    /** Keeps it pending; it may be claimed again from {@code retryAt}. */
    void recordRetry(Notification notification, String error, Instant retryAt);

    void recordFailed(Notification notification, String reason, Instant failedAt, NotificationFailed event);

    Optional<Notification> findById(String id);

    /** Oldest first. */
    List<Notification> findByReportId(String reportId);
}
