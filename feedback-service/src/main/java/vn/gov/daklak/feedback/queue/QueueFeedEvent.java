package vn.gov.daklak.feedback.queue;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.gov.daklak.feedback.report.QueueNotice;

/**
 * One entry of a team's persisted change feed: {@code seq} counts up by one per team with no gaps, so a client that
 * saw event {@code n} resumes exactly after it, on any instance and after restarts. Its id is {@code <teamId>#<seq>},
 * so the entries after {@code n} are read by key. {@code item} is the queue line as it was written (JSON-shaped).
 */
@Document(QueueFeedEvent.COLLECTION)
record QueueFeedEvent(@Id String id, String teamId, long seq, @Indexed(unique = true) String noticeId,
                      String reportId, QueueNotice.Kind kind, Instant at, Map<String, Object> item) {
    static final String COLLECTION = "queue_feed";

    static String id(String teamId, long seq) {
        return teamId + "#" + seq;
    }
}
