package vn.gov.daklak.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import vn.gov.daklak.contracts.notification.NotificationDelivered;
import vn.gov.daklak.contracts.notification.NotificationFailed;
import vn.gov.daklak.notification.channels.ChannelSenders;
import vn.gov.daklak.notification.channels.DeliveryException;
import vn.gov.daklak.notification.channels.OutgoingMessage;
import vn.gov.daklak.notification.channels.SendReceipt;

/**
 * Stores notifications and delivers them. A report's notifications go out one at a time in the order they were
 * created: delivering one first delivers every older pending one of the same report, and stops at the first that
 * cannot go yet (leased elsewhere, or waiting to be retried), so a later step never overtakes an earlier one.
 */
@Service
public class Dispatcher {
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Notifications notifications;
    private final ChannelSenders senders;
    private final DispatchProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final KeyedLocks reportLocks = new KeyedLocks(64);

    Dispatcher(Notifications notifications, ChannelSenders senders, DispatchProperties properties, Clock clock,
               MeterRegistry meters) {
        this.notifications = notifications;
        this.senders = senders;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Stores a new notification and delivers it (with any older pending ones of its report).
     *
     * @return false when it existed already: the event that caused it was handled before, nothing is done
     */
    public boolean submit(Notification notification) {
        if (!notifications.insert(notification)) {
            return false;
        }
        try {
            deliver(notification.reportId(), notification.id());
        } catch (RuntimeException e) {
            // stored as PENDING: the sweep delivers it, so the event need not be processed again
            log.warn("Notification {} stored but not delivered yet: {}", notification.id(), e.toString());
        }
        return true;
    }

    /** Records a notification that can never be sent, and tells whoever asked for it. */
    public boolean reject(Notification notification) {
        return notifications.insertFailed(notification, failedEvent(notification, notification.lastError(), true,
                notification.failedAt()));
    }

    /** Delivers pending notifications that nobody is working on, e.g. those a crash left behind. */
    public int sweep() {
        Instant now = clock.instant();
        List<Notification> due = notifications.due(now.minus(properties.sweepGrace()), now, properties.sweepBatch());
        Set<String> reports = new LinkedHashSet<>();
        int attempted = 0;
        for (Notification notification : due) {
            if (notification.reportId() == null) {
                deliverOne(notification.id());
                attempted++;
            } else if (reports.add(notification.reportId())) {
                deliver(notification.reportId(), notification.id());
                attempted++;
            }
        }
        return attempted;
    }

    private void deliver(String reportId, String notificationId) {
        if (reportId == null) {
            deliverOne(notificationId);
            return;
        }
        ReentrantLock lock = reportLocks.forKey(reportId);
        lock.lock();
        try {
            for (Notification pending : notifications.pendingForReport(reportId)) {
                if (!deliverOne(pending.id())) {
                    break;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** @return true when the notification reached a final state (SENT or FAILED), so later ones may follow */
    private boolean deliverOne(String id) {
        Instant now = clock.instant();
        Optional<Notification> claimed = notifications.claim(id, now, now.plus(properties.lease()));
        if (claimed.isEmpty()) {
            return false;
        }
        Notification notification = claimed.get();
        SendReceipt receipt;
        try {
            receipt = senders.forChannel(notification.channel()).send(toMessage(notification));
        } catch (DeliveryException e) {
            return failed(notification, e.getMessage(), e.permanent());
        } catch (RuntimeException e) {
            return failed(notification, e.toString(), false);
        }
        Instant sentAt = clock.instant();
        notifications.recordSent(notification, receipt.providerMessageId(), sentAt,
                new NotificationDelivered(notification.id(), notification.reportId(), notification.recipientKind(),
                        notification.channel(), notification.templateKey(), receipt.providerMessageId(), sentAt));
        count(notification, "sent");
        return true;
    }

    private boolean failed(Notification notification, String reason, boolean permanent) {
        Instant now = clock.instant();
        if (permanent || notification.attempts() >= properties.maxAttempts()) {
            String finalReason = permanent ? reason
                    : "gave up after " + notification.attempts() + " attempts: " + reason;
            notifications.recordFailed(notification, finalReason, now,
                    failedEvent(notification, finalReason, permanent, now));
            log.warn("Notification {} on {} failed for good: {}", notification.id(), notification.channel(),
                    finalReason);
            count(notification, "failed");
            return true;
        }
        notifications.recordRetry(notification, reason, now.plus(properties.backoffAfter(notification.attempts())));
        log.info("Notification {} on {} not delivered (attempt {}), will retry: {}", notification.id(),
                notification.channel(), notification.attempts(), reason);
        count(notification, "retry");
        return false;
    }

    private static NotificationFailed failedEvent(Notification notification, String reason, boolean permanent,
                                                  Instant at) {
        return new NotificationFailed(notification.id(), notification.reportId(), notification.recipientKind(),
                notification.channel(), notification.templateKey(), reason, permanent, at);
    }

    private static OutgoingMessage toMessage(Notification notification) {
        return new OutgoingMessage(notification.id(), notification.channel(), notification.address(),
                notification.language(), notification.templateKey(), notification.parameters(), notification.text());
    }

    private void count(Notification notification, String outcome) {
        Counter.builder("notification.sent")
                .description("Delivery attempts by channel and outcome (sent, retry, failed)")
                .tag("channel", notification.channel().name())
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }
}
