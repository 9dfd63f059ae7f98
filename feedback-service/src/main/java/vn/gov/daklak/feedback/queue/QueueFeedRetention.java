package vn.gov.daklak.feedback.queue;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Drops old queue feed entries (a scheduled job: the stand-in MongoDB has no TTL indexes). */
@Component
class QueueFeedRetention {
    private final QueueFeed feed;
    private final Clock clock;
    private final Duration retention;

    QueueFeedRetention(QueueFeed feed, Clock clock,
                       @Value("${feedback.queue.feed-retention:P7D}") Duration retention) {
        this.feed = feed;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${feedback.queue.retention-check:PT1H}", initialDelayString = "PT5M")
    long run() {
        return feed.prune(clock.instant().minus(retention));
    }
}
