package vn.gov.daklak.feedback.queue;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.gov.daklak.feedback.report.QueueNotice;

/** A {@link QueueFeedEvent} as stored in {@code queue_feed}; {@code noticeId} is unique, so a notice is written once. */
@Document(QueueFeedEventDocument.COLLECTION)
record QueueFeedEventDocument(@Id String id, String teamId, long seq, @Indexed(unique = true) String noticeId,
                              String reportId, QueueNotice.Kind kind, Instant at, Map<String, Object> item) {
    static final String COLLECTION = "queue_feed";

    QueueFeedEvent toEvent() {
        return new QueueFeedEvent(id, teamId, seq, noticeId, reportId, kind, at, item);
    }
}
