package vn.gov.daklak.feedback.queue;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.feedback.report.QueueNotice;
import vn.gov.daklak.feedback.report.QueueNoticeSink;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.Reports;

/**
 * Moves the {@link QueueNotice}s that a report change leaves in its document to the teams' feeds and queue indexes,
 * then removes them from the report: right after the change is stored, by the report's id. A recovery
 * sweep finds the notices a crash left behind; it is the only read here without a key, so it runs rarely. A notice
 * written twice is stored once.
 */
@Component
class QueueFeedWriter implements QueueNoticeSink, SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(QueueFeedWriter.class);
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final Reports reports;
    private final QueueFeed feed;
    private final TeamQueueIndex queues;
    private final QueueStreams streams;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration recoveryInterval;
    private volatile ScheduledExecutorService executor;

    QueueFeedWriter(Reports reports, QueueFeed feed, TeamQueueIndex queues, QueueStreams streams, JsonMapper json,
                    Clock clock,
                    @Value("${feedback.queue.feed-recovery-interval:10m}") Duration recoveryInterval) {
        this.reports = reports;
        this.feed = feed;
        this.queues = queues;
        this.streams = streams;
        this.json = json;
        this.clock = clock;
        this.recoveryInterval = recoveryInterval;
    }

    @Override
    public void noticesStored(String reportId) {
        try {
            drain(reportId);
        } catch (RuntimeException e) {
            log.warn("Queue feed of report {} not written yet; the recovery sweep will: {}", reportId,
                    e.getMessage());
        }
    }

    /** Writes the pending notices of one report now; returns how many. */
    int drain(String reportId) {
        Report report = reports.find(reportId).orElse(null);
        if (report == null || report.queueNotices().isEmpty()) {
            return 0;
        }
        Map<String, Object> item = json.convertValue(QueueItem.of(report, clock), JSON_OBJECT);
        int written = 0;
        for (QueueNotice notice : report.queueNotices()) {
            feed.append(notice, report.id(), item);
            queues.record(report, notice.teamId());
            reports.forgetQueueNotice(report.id(), notice.noticeId());
            written++;
        }
        streams.wakeUp();
        return written;
    }

    /** The recovery sweep: notices that a crash between a save and its drain left in reports. */
    synchronized int drainLeftovers() {
        int written = 0;
        for (String reportId : reports.holdingQueueNotices(100)) {
            written += drain(reportId);
        }
        return written;
    }

    private void drainLeftoversSafely() {
        try {
            drainLeftovers();
        } catch (RuntimeException e) {
            log.warn("Queue feed not written yet; will retry on the next sweep: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "queue-feed-recovery"));
        executor.scheduleWithFixedDelay(this::drainLeftoversSafely, 0, recoveryInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        current.shutdown();
        try {
            current.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
