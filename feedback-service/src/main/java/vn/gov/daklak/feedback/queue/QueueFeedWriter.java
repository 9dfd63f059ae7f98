package vn.gov.daklak.feedback.queue;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.feedback.report.QueueNotice;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.ReportRepository;

/**
 * Moves the {@link QueueNotice}s that report changes leave in their documents to the teams' feeds, then removes them
 * from the report. Runs when woken after a save and on a fixed poll, so notices a crash left behind are written after
 * restart; a notice written twice is stored once.
 */
@Component
class QueueFeedWriter implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(QueueFeedWriter.class);
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final MongoTemplate mongo;
    private final ReportRepository reports;
    private final QueueFeed feed;
    private final QueueStreams streams;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration pollInterval;
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    QueueFeedWriter(MongoTemplate mongo, ReportRepository reports, QueueFeed feed, QueueStreams streams,
                    JsonMapper json, Clock clock,
                    @Value("${feedback.queue.feed-poll-interval:1s}") Duration pollInterval) {
        this.mongo = mongo;
        this.reports = reports;
        this.feed = feed;
        this.streams = streams;
        this.json = json;
        this.clock = clock;
        this.pollInterval = pollInterval;
    }

    void wakeUp() {
        ScheduledExecutorService current = executor;
        if (current != null && wakeUpPending.compareAndSet(false, true)) {
            current.execute(this::drainSafely);
        }
    }

    /** Writes every pending notice now; returns how many. */
    synchronized int drain() {
        wakeUpPending.set(false);
        var pending = query(where("queueNotices.0").exists(true)).limit(100);
        pending.fields().include("_id");
        int written = 0;
        for (Document doc : mongo.find(pending, Document.class, Report.COLLECTION)) {
            Report report = reports.findById(doc.getString("_id")).orElse(null);
            if (report == null) {
                continue;
            }
            Map<String, Object> item = json.convertValue(QueueItem.of(report, clock), JSON_OBJECT);
            for (QueueNotice notice : report.queueNotices()) {
                feed.append(notice, report.id(), item);
                mongo.getCollection(Report.COLLECTION).updateOne(Filters.eq("_id", report.id()),
                        Updates.pull("queueNotices", new Document("noticeId", notice.noticeId())));
                written++;
            }
        }
        if (written > 0) {
            streams.wakeUp();
        }
        return written;
    }

    private void drainSafely() {
        try {
            drain();
        } catch (RuntimeException e) {
            log.warn("Queue feed not written yet; will retry on the next poll: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "queue-feed-writer"));
        executor.scheduleWithFixedDelay(this::drainSafely, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
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
