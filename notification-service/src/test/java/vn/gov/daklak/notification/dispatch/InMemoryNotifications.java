package vn.gov.daklak.notification.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.gov.daklak.contracts.notification.NotificationDelivered;
import vn.gov.daklak.contracts.notification.NotificationFailed;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.notification.recipients.Route;
import vn.gov.daklak.notification.templates.TemplateKeys;

/** The {@link Notifications} port with the MongoDB adapter's semantics, in memory. */
public class InMemoryNotifications implements Notifications {
    private static final Comparator<Notification> OLDEST_FIRST = Comparator.comparing(Notification::createdAt)
            .thenComparingLong(Notification::sequence).thenComparing(Notification::id);

    final Map<String, Notification> byId = new LinkedHashMap<>();
    final Map<String, Instant> leases = new HashMap<>();
    /** Outcome events in the order they were written, as the outbox relay would publish them. */
    public final List<Object> outbox = new ArrayList<>();

    @Override
    public synchronized Insertion insert(Notification notification) {
        if (byId.putIfAbsent(notification.id(), notification) != null) {
            return Insertion.DUPLICATE;
        }
        boolean alone = notification.queue() != null && notification.status() == NotificationStatus.PENDING
                && pendingInQueue(notification.reportId(), notification.recipientKind(), notification.recipientId())
                .equals(List.of(notification));
        return alone ? Insertion.NEXT_IN_QUEUE : Insertion.QUEUED;
    }

    @Override
    public synchronized boolean insertFailed(Notification notification, NotificationFailed event) {
        if (insert(notification) == Insertion.DUPLICATE) {
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
        Notification claimed = copy(n).attempts(n.attempts() + 1).channelAttempts(n.channelAttempts() + 1).build();
        byId.put(id, claimed);
        leases.put(id, leaseUntil);
        return Optional.of(claimed);
    }

    @Override
    public synchronized List<Notification> pendingInQueue(String reportId, RecipientKind kind, String recipientId) {
        return byId.values().stream().filter(n -> reportId.equals(n.reportId()))
                .filter(n -> n.recipientKind() == kind && recipientId.equals(n.recipientId()))
                .filter(n -> n.status() == NotificationStatus.PENDING).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public synchronized List<Notification> due(Instant createdBefore, Instant now, int limit) {
        return byId.values().stream().filter(n -> n.status() == NotificationStatus.PENDING)
                .filter(n -> n.createdAt().isBefore(createdBefore)).filter(n -> free(n.id(), now))
                .sorted(OLDEST_FIRST).limit(limit).toList();
    }

    @Override
    public synchronized boolean hold(String id, Instant now, Instant until) {
        Notification n = byId.get(id);
        if (n == null || n.status() != NotificationStatus.PENDING || !free(id, now)) {
            return false;
        }
        byId.put(id, copy(n).heldUntil(until).build());
        leases.put(id, until);
        return true;
    }

    @Override
    public synchronized void recordSent(Notification notification, String provider, String providerMessageId,
                                        Instant sentAt, NotificationDelivered event) {
        Notification n = byId.get(notification.id());
        if (n.status() == NotificationStatus.PENDING) {
            byId.put(n.id(), copy(n).status(NotificationStatus.SENT).sentAt(sentAt).lastError(null)
                    .provider(provider).providerMessageId(providerMessageId).build());
            leases.remove(n.id());
            outbox.add(event);
        }
    }

    @Override
    public synchronized void recordRetry(Notification notification, String error, Instant retryAt) {
        Notification n = byId.get(notification.id());
        if (n.status() == NotificationStatus.PENDING) {
            byId.put(n.id(), copy(n).lastError(error).build());
            leases.put(n.id(), retryAt);
        }
    }

    @Override
    public synchronized void recordFallback(Notification notification, ChannelFailure failure, Route next) {
        Notification n = byId.get(notification.id());
        if (n.status() == NotificationStatus.PENDING && n.routeIndex() == notification.routeIndex()) {
            List<ChannelFailure> failures = new ArrayList<>(n.channelFailures());
            failures.add(failure);
            byId.put(n.id(), copy(n).channel(next.channel()).address(next.address()).routeIndex(n.routeIndex() + 1)
                    .channelAttempts(0).lastError(failure.reason()).channelFailures(failures).build());
            leases.remove(n.id());
        }
    }

    @Override
    public synchronized void recordFailed(Notification notification, ChannelFailure failure, String reason,
                                          Instant failedAt, NotificationFailed event) {
        Notification n = byId.get(notification.id());
        if (n.status() == NotificationStatus.PENDING) {
            List<ChannelFailure> failures = new ArrayList<>(n.channelFailures());
            failures.add(failure);
            byId.put(n.id(), copy(n).status(NotificationStatus.FAILED).failedAt(failedAt).lastError(reason)
                    .channelFailures(failures).build());
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

    @Override
    public synchronized List<Notification> inbox(Set<String> keys, boolean unreadOnly, int limit) {
        return byId.values().stream().filter(n -> n.plan().inboxKeys().stream().anyMatch(keys::contains))
                .filter(n -> !TemplateKeys.SECRET.contains(n.templateKey()))
                .filter(n -> !unreadOnly || n.readAt() == null)
                .sorted(OLDEST_FIRST.reversed()).limit(limit).toList();
    }

    @Override
    public synchronized boolean markRead(String id, Set<String> keys, Instant at) {
        Notification n = byId.get(id);
        if (n == null || n.plan().inboxKeys().stream().noneMatch(keys::contains)) {
            return false;
        }
        if (n.readAt() == null) {
            byId.put(id, copy(n).readAt(at).build());
        }
        return true;
    }

    /** When the notification may be claimed again (retry time, quiet-hours end), null if free. */
    public synchronized Instant leaseOf(String id) {
        return leases.get(id);
    }

    private boolean free(String id, Instant now) {
        Instant lease = leases.get(id);
        return lease == null || !lease.isAfter(now);
    }

    private static Copy copy(Notification n) {
        return new Copy(n);
    }

    /** A changed copy of a notification, field by field. */
    private static final class Copy {
        private final Notification n;
        private NotificationStatus status;
        private int attempts;
        private int channelAttempts;
        private int routeIndex;
        private Instant sentAt;
        private Instant failedAt;
        private String lastError;
        private String provider;
        private String providerMessageId;
        private Instant heldUntil;
        private Instant readAt;
        private vn.gov.daklak.contracts.notification.Channel channel;
        private String address;
        private List<ChannelFailure> failures;

        Copy(Notification n) {
            this.n = n;
            status = n.status();
            attempts = n.attempts();
            channelAttempts = n.channelAttempts();
            routeIndex = n.routeIndex();
            sentAt = n.sentAt();
            failedAt = n.failedAt();
            lastError = n.lastError();
            provider = n.provider();
            providerMessageId = n.providerMessageId();
            heldUntil = n.heldUntil();
            readAt = n.readAt();
            channel = n.channel();
            address = n.address();
            failures = n.channelFailures();
        }

        Copy status(NotificationStatus v) { status = v; return this; }
        Copy attempts(int v) { attempts = v; return this; }
        Copy channelAttempts(int v) { channelAttempts = v; return this; }
        Copy routeIndex(int v) { routeIndex = v; return this; }
        Copy sentAt(Instant v) { sentAt = v; return this; }
        Copy failedAt(Instant v) { failedAt = v; return this; }
        Copy lastError(String v) { lastError = v; return this; }
        Copy provider(String v) { provider = v; return this; }
        Copy providerMessageId(String v) { providerMessageId = v; return this; }
        Copy heldUntil(Instant v) { heldUntil = v; return this; }
        Copy readAt(Instant v) { readAt = v; return this; }
        Copy channel(vn.gov.daklak.contracts.notification.Channel v) { channel = v; return this; }
        Copy address(String v) { address = v; return this; }
        Copy channelFailures(List<ChannelFailure> v) { failures = v; return this; }

        Notification build() {
            return new Notification(n.id(), n.sourceId(), n.reportId(), n.recipientKind(), n.recipientId(), channel,
                    address, n.language(), n.templateKey(), n.parameters(), n.text(), status, attempts, n.sequence(),
                    n.createdAt(), sentAt, failedAt, lastError, providerMessageId, n.plan(), routeIndex,
                    channelAttempts, failures, heldUntil, provider, readAt);
        }
    }
}
