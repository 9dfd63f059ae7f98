package vn.gov.daklak.notification.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import vn.gov.daklak.contracts.notification.NotificationDelivered;
import vn.gov.daklak.contracts.notification.NotificationFailed;
import vn.gov.daklak.notification.channels.ChannelSender;
import vn.gov.daklak.notification.channels.ChannelSenders;
import vn.gov.daklak.notification.channels.DeliveryException;
import vn.gov.daklak.notification.channels.OutgoingMessage;
import vn.gov.daklak.notification.channels.SendReceipt;
import vn.gov.daklak.notification.recipients.Route;

/**
 * Stores notifications and delivers them. One recipient's notifications about one report go out one at a time in
 * the order they were created: delivering one first delivers every older pending one of the same queue, and stops at
 * the first that cannot go yet (leased elsewhere, or waiting to be retried), so a later step never overtakes an
 * earlier one. One held by quiet hours does not stop the queue: the ones after it are held too, unless urgent.
 *
 * <p>On failure: a transient one is retried later with doubling back-off (never sooner than a provider's
 * {@code Retry-After}); after {@code max-attempts} on a channel, on a permanent failure, or at once when the provider's
 * circuit breaker is open, the next route of the recipient is tried (Zalo → SMS → e-mail); with none left the
 * notification fails for good, visibly, with {@code notification.failed}.
 */
@Service
public class Dispatcher {
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private enum Outcome { DONE, HELD, BLOCKED }

    private final Notifications notifications;
    private final ChannelSenders senders;
    private final DispatchProperties properties;
    private final QuietHoursPolicy quietHours;
    private final Clock clock;
    private final MeterRegistry meters;
    private final DeliveryLanes delivery;
    private final KeyedLocks queueLocks = new KeyedLocks(64);

    @Autowired
    Dispatcher(Notifications notifications, ChannelSenders senders, DispatchProperties properties,
               QuietHoursProperties quietHours, Clock clock, MeterRegistry meters, DeliveryWorkers workers) {
        this(notifications, senders, properties, quietHours, clock, meters, (DeliveryLanes) workers);
    }

    /** Delivering new notifications in the calling thread: for tests and tools. */
    public Dispatcher(Notifications notifications, ChannelSenders senders, DispatchProperties properties,
                      QuietHoursProperties quietHours, Clock clock, MeterRegistry meters) {
        this(notifications, senders, properties, quietHours, clock, meters, DeliveryLanes.CALLING_THREAD);
    }

    /** @param delivery where notifications are handed to providers, by lane, now or at a time (the sweep runs apart) */
    public Dispatcher(Notifications notifications, ChannelSenders senders, DispatchProperties properties,
                      QuietHoursProperties quietHours, Clock clock, MeterRegistry meters, DeliveryLanes delivery) {
        this.delivery = delivery;
        this.notifications = notifications;
        this.senders = senders;
        this.properties = properties;
        this.quietHours = new QuietHoursPolicy(quietHours);
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Stores a new notification and has it delivered (with any older pending ones of its queue) by a delivery
     * worker, so the caller — a Kafka consumer — does not wait for providers (unless every worker of the lane is busy
     * and its queue full: then the caller delivers it, and slows down).
     *
     * @return false when it existed already: the event that caused it was handled before, nothing is done
     */
    public boolean submit(Notification notification) {
        Notifications.Insertion insertion = notifications.insert(notification);
        if (insertion == Notifications.Insertion.DUPLICATE) {
            return false;
        }
        boolean next = insertion == Notifications.Insertion.NEXT_IN_QUEUE;
        try {
            delivery.execute(notification.urgent(), () -> deliverQuietly(notification, next));
        } catch (RejectedExecutionException e) {
            log.info("Delivery workers stopping: notification {} goes with the recovery sweep", notification.id());
        }
        return true;
    }

    /** Tries {@code notification}'s queue again at {@code at}: its retry time, or the end of its quiet hours. */
    private void deliverAt(Notification notification, Instant at) {
        delivery.executeAt(notification.urgent(), at, () -> deliverQuietly(notification));
    }

    private void deliverQuietly(Notification notification) {
        deliverQuietly(notification, false);
    }

    /** @param next nothing older was waiting in its queue when it was stored: it goes without reading the queue */
    private void deliverQuietly(Notification notification, boolean next) {
        try {
            if (next) {
                deliverNext(notification);
            } else {
                deliver(notification);
            }
        } catch (RuntimeException e) {
            // stored as PENDING: the sweep delivers it, so the event need not be processed again
            log.warn("Notification {} stored but not delivered yet: {}", notification.id(), e.toString());
        }
    }

    /** Records a notification that can never be sent, and tells whoever asked for it. */
    public boolean reject(Notification notification) {
        return notifications.insertFailed(notification, failedEvent(notification, notification.lastError(), true,
                notification.failedAt()));
    }

    /**
     * Delivers pending notifications that nobody is working on and no timer of this instance waits for: left by a
     * crash (here or on another instance), or waiting for a retry or the end of quiet hours when this instance
     * restarted. At start-up and on a long interval: in normal operation the timers of {@link DeliveryLanes} do it.
     */
    public int sweep() {
        Instant now = clock.instant();
        Set<String> queues = new LinkedHashSet<>();
        int attempted = 0;
        int attemptedInPage;
        List<Notification> due;
        do {
            due = notifications.due(now.minus(properties.sweepGrace()), now, properties.sweepBatch());
            attemptedInPage = 0;
            for (Notification notification : due) {
                if (notification.queue() == null || queues.add(notification.queue())) {
                    deliver(notification);
                    attemptedInPage++;
                }
            }
            attempted += attemptedInPage;
        } while (due.size() == properties.sweepBatch() && attemptedInPage > 0);
        return attempted;
    }

    private void deliver(Notification notification) {
        if (notification.queue() == null) {
            deliverOne(notification);
            return;
        }
        ReentrantLock lock = queueLocks.forKey(notification.queue());
        lock.lock();
        try {
            for (Notification pending : notifications.pendingInQueue(notification.reportId(),
                    notification.recipientKind(), notification.recipientId())) {
                if (deliverOne(pending) == Outcome.BLOCKED) {
                    break;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Delivers a notification that nothing older waited for when it was stored. A newer one of the same queue may have
     * delivered it meanwhile; then the claim fails and nothing is sent twice.
     */
    private void deliverNext(Notification notification) {
        ReentrantLock lock = queueLocks.forKey(notification.queue());
        lock.lock();
        try {
            deliverOne(notification);
        } finally {
            lock.unlock();
        }
    }

    private Outcome deliverOne(Notification candidate) {
        Notification current = candidate;
        while (true) {
            Instant now = clock.instant();
            Optional<Instant> holdUntil = quietHours.holdUntil(current, now);
            if (holdUntil.isPresent()) {
                if (notifications.hold(current.id(), now, holdUntil.get())) {
                    deliverAt(current, holdUntil.get());
                    log.info("Notification {} on {} held by quiet hours until {}", current.id(), current.channel(),
                            holdUntil.get());
                    count(current, senders.forChannel(current.channel()).provider(), "held");
                }
                return Outcome.HELD;
            }
            Optional<Notification> claimed = notifications.claim(current.id(), now, now.plus(properties.lease()));
            if (claimed.isEmpty()) {
                return Outcome.BLOCKED;
            }
            Attempt attempt = attempt(claimed.get());
            if (attempt.next() == null) {
                return attempt.outcome();
            }
            current = attempt.next(); // the next channel, at once
        }
    }

    private record Attempt(Outcome outcome, Notification next) {
    }

    private Attempt attempt(Notification notification) {
        ChannelSender sender = senders.forChannel(notification.channel());
        SendReceipt receipt;
        Timer.Sample sample = Timer.start(meters);
        try {
            receipt = sender.send(toMessage(notification));
        } catch (DeliveryException e) {
            stop(sample, notification, sender, "failure");
            return failed(notification, sender.provider(), e);
        } catch (RuntimeException e) {
            stop(sample, notification, sender, "failure");
            return failed(notification, sender.provider(), DeliveryException.transientFailure(e.toString(), e));
        }
        stop(sample, notification, sender, "success");
        Instant sentAt = clock.instant();
        notifications.recordSent(notification, sender.provider(), receipt.providerMessageId(), sentAt,
                new NotificationDelivered(notification.id(), notification.reportId(), notification.recipientKind(),
                        notification.channel(), notification.templateKey(), receipt.providerMessageId(), sentAt));
        count(notification, sender.provider(), "sent");
        return new Attempt(Outcome.DONE, null);
    }

    private Attempt failed(Notification notification, String provider, DeliveryException e) {
        Instant now = clock.instant();
        boolean exhausted = notification.channelAttempts() >= properties.maxAttempts();
        boolean giveUpOnChannel = switch (e.kind()) {
            case PERMANENT -> true;
            case UNAVAILABLE -> notification.nextRoute().isPresent() || exhausted;
            case TRANSIENT -> exhausted;
        };
        if (!giveUpOnChannel) {
            Duration wait = properties.backoffAfter(notification.channelAttempts());
            if (e.retryAfter() != null && e.retryAfter().compareTo(wait) > 0) {
                wait = e.retryAfter();
            }
            notifications.recordRetry(notification, e.getMessage(), now.plus(wait));
            deliverAt(notification, now.plus(wait));
            log.info("Notification {} on {} not delivered (attempt {}), retry in {}: {}", notification.id(),
                    notification.channel(), notification.channelAttempts(), wait, e.getMessage());
            count(notification, provider, "retry");
            return new Attempt(Outcome.BLOCKED, null);
        }
        String reason = e.kind() == DeliveryException.Kind.TRANSIENT
                ? "gave up after " + notification.channelAttempts() + " attempts: " + e.getMessage() : e.getMessage();
        ChannelFailure failure = new ChannelFailure(notification.channel(), provider, reason, e.permanent(), now);
        Optional<Route> next = notification.nextRoute();
        if (next.isPresent()) {
            notifications.recordFallback(notification, failure, next.get());
            log.info("Notification {}: {} given up ({}), trying {}", notification.id(), notification.channel(),
                    reason, next.get().channel());
            count(notification, provider, "fallback");
            return new Attempt(Outcome.BLOCKED, notifications.findById(notification.id())
                    .filter(n -> n.status() == NotificationStatus.PENDING).orElse(null));
        }
        String finalReason = summary(notification, failure);
        notifications.recordFailed(notification, failure, finalReason, now,
                failedEvent(notification, finalReason, e.permanent(), now));
        log.warn("Notification {} on {} failed for good: {}", notification.id(), notification.channel(), finalReason);
        count(notification, provider, "failed");
        return new Attempt(Outcome.DONE, null);
    }

    /** "ZALO: zalo-zns: ZNS error -118 …; SMS: …": every channel that was tried, in order. */
    private static String summary(Notification notification, ChannelFailure last) {
        if (notification.channelFailures().isEmpty()) {
            return last.reason();
        }
        return Stream.concat(notification.channelFailures().stream(), Stream.of(last))
                .map(f -> f.channel() + ": " + f.reason()).collect(Collectors.joining("; "));
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

    /** How long providers take, retries inside one attempt included. */
    private void stop(Timer.Sample sample, Notification notification, ChannelSender sender, String result) {
        sample.stop(Timer.builder("notification.delivery")
                .description("Time to hand a notification to its provider, in-call retries included")
                .tag("channel", notification.channel().name())
                .tag("provider", sender.provider())
                .tag("result", result)
                .register(meters));
    }

    private void count(Notification notification, String provider, String outcome) {
        Counter.builder("notification.sent")
                .description("Delivery attempts by channel, provider and outcome (sent, retry, fallback, failed, held)")
                .tag("channel", notification.channel().name())
                .tag("provider", provider)
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }
}
