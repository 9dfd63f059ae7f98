package vn.gov.daklak.notification.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.gov.daklak.contracts.notification.NotificationDelivered;
import vn.gov.daklak.contracts.notification.NotificationFailed;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.notification.recipients.Route;

/** Port: stored notifications. Outcome events are written in the same single-document write as the outcome. */
public interface Notifications {

    /** What {@link #insert} found. */
    enum Insertion {
        /** a notification with this id exists already: the event that caused it was handled before */
        DUPLICATE,
        /** stored, and nothing older waits in its delivery queue: it may go at once */
        NEXT_IN_QUEUE,
        /** stored behind older pending ones of its queue (or it has no queue): deliver the queue in order */
        QUEUED
    }

    Insertion insert(Notification notification);

    /** Inserts a notification that failed before any attempt, with its failure event. */
    boolean insertFailed(Notification notification, NotificationFailed event);

    /**
     * Takes a pending notification for one delivery attempt: counts the attempt (in all and on its channel) and
     * leases it until {@code leaseUntil}, so no other thread or instance sends it meanwhile. Empty when it is not
     * pending or is leased by someone else (or waiting for its retry time, or held by quiet hours).
     */
    Optional<Notification> claim(String id, Instant now, Instant leaseUntil);

    /** One recipient's pending notifications about one report, oldest first. */
    List<Notification> pendingInQueue(String reportId, RecipientKind recipientKind, String recipientId);

    /** Pending notifications created before {@code createdBefore} and free to claim at {@code now}, oldest first. */
    List<Notification> due(Instant createdBefore, Instant now, int limit);

    /**
     * Holds a pending notification nobody is sending until {@code until} (quiet hours), without counting an attempt.
     *
     * @return false when it was not free to hold (already held, leased or no longer pending)
     */
    boolean hold(String id, Instant now, Instant until);

    void recordSent(Notification notification, String provider, String providerMessageId, Instant sentAt,
                    NotificationDelivered event);

    /** Keeps it pending; it may be claimed again from {@code retryAt}. */
    void recordRetry(Notification notification, String error, Instant retryAt);

    /** Moves it, still pending, to the next route: its channel's attempts start again from zero. */
    void recordFallback(Notification notification, ChannelFailure failure, Route next);

    void recordFailed(Notification notification, ChannelFailure failure, String reason, Instant failedAt,
                      NotificationFailed event);

    Optional<Notification> findById(String id);

    /** Oldest first. */
    List<Notification> findByReportId(String reportId);

    /** The notifications in the inbox of whoever has {@code keys}, newest first, secrets (sign-in codes) left out. */
    List<Notification> inbox(Set<String> keys, boolean unreadOnly, int limit);

    /** @return false when no notification with this id is in that inbox */
    boolean markRead(String id, Set<String> keys, Instant at);
}
