package vn.gov.daklak.feedback.queue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.gov.daklak.feedback.report.QueueNotice;

/**
 * The per-team change feed: entries numbered 1, 2, 3… per team without gaps, each notice recorded once, so a client
 * that saw entry {@code n} resumes exactly after it, on any instance and after restarts.
 */
interface QueueFeed {

    /** Records {@code notice} with the queue line {@code item} as the team's next entry, unless it is recorded. */
    void append(QueueNotice notice, String reportId, Map<String, Object> item);

    /** The number of the team's newest entry; 0 before the first. */
    long lastSeq(String teamId);

    /** The number of the team's oldest entry still kept. */
    long firstSeq(String teamId);

    /** Up to {@code limit} entries after {@code seq}, in order. */
    List<QueueFeedEvent> after(String teamId, long seq, int limit);

    /**
     * Deletes each team's entries older than {@code cutoff} from its first one on, keeping its newest so its numbering
     * goes on; returns how many.
     */
    long prune(Instant cutoff);
}
