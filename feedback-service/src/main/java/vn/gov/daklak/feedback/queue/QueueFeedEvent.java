package vn.gov.daklak.feedback.queue;

import java.time.Instant;
import java.util.Map;

import vn.gov.daklak.feedback.report.QueueNotice;

/**
 * One entry of a team's persisted change feed: {@code seq} counts up by one per team with no gaps. Its id is
 * {@code <teamId>#<seq>}, so the entries after {@code n} are read by key. {@code item} is the queue line as it was
 * written (JSON-shaped).
 */
record QueueFeedEvent(String id, String teamId, long seq, String noticeId, String reportId, QueueNotice.Kind kind,
                      Instant at, Map<String, Object> item) {

    static String id(String teamId, long seq) {
        return teamId + "#" + seq;
    }
}
