package vn.gov.daklak.feedback.queue;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live Server-Sent Events streams of the teams' queues on this instance. Events come from the persisted feed
 * ({@link QueueFeed}), read after each subscriber's last event id: woken at once by a write on this instance, and
 * polled, so writes of other instances arrive within the poll interval. The event id is the team's feed sequence,
 * which is what a client sends back as {@code Last-Event-ID}.
 */
@Component
class QueueStreams implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(QueueStreams.class);
    private static final int BATCH = 200;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** What a client receives as the {@code data} of a {@code queue} event. */
    record QueueEventView(long seq, String kind, String reportId, java.time.OffsetDateTime at,
                          Map<String, Object> item) {
    }

    private static final class Subscriber {
        final SseEmitter emitter;
        volatile long lastSeq;

        Subscriber(SseEmitter emitter, long lastSeq) {
            this.emitter = emitter;
            this.lastSeq = lastSeq;
        }
    }

    private final QueueFeed feed;
    private final Duration pollInterval;
    private final Duration heartbeat;
    private final Duration timeout;
    private final Map<String, Set<Subscriber>> byTeam = new ConcurrentHashMap<>();
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    QueueStreams(QueueFeed feed, @Value("${feedback.queue.stream-poll-interval:250ms}") Duration pollInterval,
                 @Value("${feedback.queue.stream-heartbeat:15s}") Duration heartbeat,
                 @Value("${feedback.queue.stream-timeout:30m}") Duration timeout) {
        this.feed = feed;
        this.pollInterval = pollInterval;
        this.heartbeat = heartbeat;
        this.timeout = timeout;
    }

    /** A stream of {@code teamId}'s queue changes after {@code lastEventId}, or from now on when it is null. */
    SseEmitter subscribe(String teamId, Long lastEventId) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        long last = feed.lastSeq(teamId);
        // an id beyond the feed's head was not given by this feed (e.g. by the one before queue_feed): start afresh
        boolean unknown = lastEventId != null && lastEventId > last;
        long from = lastEventId != null && !unknown ? lastEventId : last;
        Subscriber subscriber = new Subscriber(emitter, from);
        Runnable remove = () -> byTeam.getOrDefault(teamId, Set.of()).remove(subscriber);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        try {
            if (unknown || lastEventId != null && feed.firstSeq(teamId) > lastEventId + 1) {
                // the events after lastEventId are no longer kept: the client should reload the queue
                emitter.send(SseEmitter.event().name("reset").id(Long.toString(from))
                        .data(Map.of("reason", "Events after " + lastEventId + " have expired; reload the queue"),
                                MediaType.APPLICATION_JSON));
            }
            emitter.send(SseEmitter.event().comment("queue " + teamId + " from event " + from));
        } catch (IOException e) {
            emitter.completeWithError(e);
            return emitter;
        }
        byTeam.computeIfAbsent(teamId, t -> ConcurrentHashMap.newKeySet()).add(subscriber);
        wakeUp();
        return emitter;
    }

    void wakeUp() {
        ScheduledExecutorService current = executor;
        if (current != null && wakeUpPending.compareAndSet(false, true)) {
            current.execute(this::pushSafely);
        }
    }

    private void push() {
        wakeUpPending.set(false);
        byTeam.forEach((teamId, subscribers) -> {
            if (subscribers.isEmpty()) {
                return;
            }
            long from = subscribers.stream().mapToLong(s -> s.lastSeq).min().orElseThrow();
            var events = feed.after(teamId, from, BATCH);
            for (Subscriber subscriber : subscribers) {
                for (QueueFeedEvent event : events) {
                    if (event.seq() > subscriber.lastSeq && !send(teamId, subscriber, event)) {
                        break;
                    }
                }
            }
            if (events.size() == BATCH) {
                wakeUp(); // more to send
            }
        });
    }

    private boolean send(String teamId, Subscriber subscriber, QueueFeedEvent event) {
        try {
            subscriber.emitter.send(SseEmitter.event().id(Long.toString(event.seq())).name("queue")
                    .data(new QueueEventView(event.seq(), event.kind().name(), event.reportId(),
                            event.at().atZone(VIETNAM).toOffsetDateTime(), event.item()), MediaType.APPLICATION_JSON));
            subscriber.lastSeq = event.seq();
            return true;
        } catch (IOException | IllegalStateException e) {
            byTeam.getOrDefault(teamId, Set.of()).remove(subscriber);
            return false;
        }
    }

    private void heartbeat() {
        byTeam.forEach((teamId, subscribers) -> subscribers.forEach(subscriber -> {
            try {
                subscriber.emitter.send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException e) {
                subscribers.remove(subscriber);
            }
        }));
    }

    private void pushSafely() {
        try {
            push();
        } catch (RuntimeException e) {
            log.warn("Queue streams could not read the feed; will retry: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "queue-streams"));
        executor.scheduleWithFixedDelay(this::pushSafely, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        byTeam.values().forEach(subscribers -> subscribers.forEach(s -> s.emitter.complete()));
        byTeam.clear();
        current.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
