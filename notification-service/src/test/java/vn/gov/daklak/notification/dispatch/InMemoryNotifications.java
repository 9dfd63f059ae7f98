package vn.gov.daklak.notification.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link Notifications} port with the MongoDB adapter's semantics, in memory. */
class InMemoryNotifications implements Notifications {
    private static final Comparator<Notification> OLDEST_FIRST = Comparator.comparing(Notification::createdAt)
            .thenComparingLong(Notification::sequence).thenComparing(Notification::id);

    final Map<String, Notification> byId = new LinkedHashMap<>();
    final Map<String, Instant> leases = new HashMap<>();
    /** Outcome events in the order they were written, as the outbox relay would publish them. */
    final List<Object> outbox = new ArrayList<>();

    @Override
    public synchronized boolean insert(Notification notification) {
        return byId.putIfAbsent(notification.id(), notification) == null;
    }

    @Override
    public synchronized boolean insertFailed(Notification notification, vn.gov.daklak.contracts.notification.NotificationFailed event) {
        if (!insert(notification)) {
            return false;
        }
        outbox.add(event);
        return true;
    }

    @Override
    public synchronized Optional<Notification> claim(String id, Instant now, Instant leaseUntil) {
        Notification n = byId.get(id);
        if (n == null || n.status() != NotificationStatus.PENDING || !free(id, now)) {
            return Optional.empty();
        }
        Notification claimed = with(n, n.status(), n.attempts() + 1, n.sentAt(), n.failedAt(), n.lastError(),
                n.providerMessageId());
        byId.put(id, claimed);
        leases.put(id, leaseUntil);
        return Optional.of(claimed);
    }

    @Override
    public synchronized List<Notification> pendingForReport(String reportId) {
        return byId.values().stream().filter(n -> reportId.equals(n.reportId()))
                .filter(n -> n.status() == NotificationStatus.PENDING).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public synchronized List<Notification> due(Instant createdBefore, Instant now, int limit) {
        return byId.values().stream().filter(n -> n.status() == NotificationStatus.PENDING)
                .filter(n -> n.createdAt().isBefore(createdBefore)).filter(n -> free(n.id(), now))
                .sorted(OLDEST_FIRST).limit(limit).toList();
    }

    @Override
    public synchronized void recordSent(Notification notification, String providerMessageId, Instant sentAt,
                                        vn.gov.daklak.contracts.notification.NotificationDelivered event) {
        Notification n = byId.get(notification.id());
        if (n.status() == NotificationStatus.PENDING) {
            byId.put(n.id(), with(n, NotificationStatus.SENT, n.attempts(), sentAt, null, null, providerMessageId));
            leases.remove(n.id());
            outbox.add(event);
        }
    }

    @Override
    public synchronized void recordRetry(Notification notification, String error, Instant retryAt) {
        Notification n = byId.get(notification.id());
        if (n.status() == NotificationStatus.PENDING) {
            byId.put(n.id(), with(n, n.status(), n.attempts(), null, null, error, null));
            leases.put(n.id(), retryAt);
        }
    }

    @Override
    public synchronized void recordFailed(Notification notification, String reason, Instant failedAt,
                                          vn.gov.daklak.contracts.notification.NotificationFailed event) {
        Notification n = byId.get(notification.id());
        if (n.status() == NotificationStatus.PENDING) {
            byId.put(n.id(), with(n, NotificationStatus.FAILED, n.attempts(), null, failedAt, reason, null));
            leases.remove(n.id());
            outbox.add(event);
        }
    }

    @Override
    public synchronized Optional<Notification> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<Notification> findByReportId(String reportId) {
        return byId.values().stream().filter(n -> reportId.equals(n.reportId())).sorted(OLDEST_FIRST).toList();
    }

    private boolean free(String id, Instant now) {
        Instant lease = leases.get(id);
        return lease == null || !lease.isAfter(now);
    }

    private static Notification with(Notification n, NotificationStatus status, int attempts, Instant sentAt,
                                     Instant failedAt, String lastError, String providerMessageId) {
        return new Notification(n.id(), n.sourceId(), n.reportId(), n.recipientKind(), n.recipientId(), n.channel(),
                n.address(), n.language(), n.templateKey(), n.parameters(), n.text(), status, attempts, n.sequence(),
                n.createdAt(), sentAt, failedAt, lastError, providerMessageId);
    }
}
