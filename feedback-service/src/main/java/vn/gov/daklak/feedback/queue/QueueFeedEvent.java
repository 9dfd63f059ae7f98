package vn.gov.daklak.feedback.queue;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.gov.daklak.feedback.report.QueueNotice;

/**
 * One entry of a team's persisted change feed: {@code seq} counts up by one per team with no gaps, so a client that
 * saw event {@code n} resumes exactly after it, on any instance and after restarts. {@code item} is the queue line as
 * it was written (JSON-shaped).
 */
@Document(QueueFeedEvent.COLLECTION)
@CompoundIndex(name = "team_seq", def = "{'teamId': 1, 'seq': 1}", unique = true)
record QueueFeedEvent(@Id String id, String teamId, long seq, @Indexed(unique = true) String noticeId,
                      String reportId, QueueNotice.Kind kind, Instant at, Map<String, Object> item) {
    static final String COLLECTION = "queue_events";
}
