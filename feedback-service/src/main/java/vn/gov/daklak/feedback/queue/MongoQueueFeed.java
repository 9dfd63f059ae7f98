package vn.gov.daklak.feedback.queue;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.gov.daklak.feedback.report.QueueNotice;

/**
 * The per-team change feed in MongoDB ({@code queue_feed}, entries as {@link QueueFeedEventDocument}), read and
 * written by key. An entry takes the number after
 * the team's head ({@code queue_feed_heads}, {@code _id} = team id) and is inserted as {@code <teamId>#<seq>}: of two
 * writers racing for a number one gets a duplicate key and takes the next, so numbers are used in order without gaps
 * and an entry only becomes visible after every lower one. The head then moves on ({@code $max}); a head left behind
 * by a crash is caught up by the next writer. Each notice is written once (unique {@code noticeId}).
 */
@Component
class MongoQueueFeed implements QueueFeed {
    static final String HEADS = "queue_feed_heads";
    private static final int ATTEMPTS = 50;
    private static final int PRUNE_BATCH = 100;

    private final MongoTemplate mongo;

    MongoQueueFeed(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void append(QueueNotice notice, String reportId, Map<String, Object> item) {
        String teamId = notice.teamId();
        if (written(notice)) {
            return;
        }
        long seq = lastSeq(teamId);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            seq++;
            try {
                mongo.insert(new QueueFeedEventDocument(QueueFeedEvent.id(teamId, seq), teamId, seq,
                        notice.noticeId(), reportId, notice.kind(), notice.at(), item));
                mongo.upsert(query(where("_id").is(teamId)), new Update().max("lastSeq", seq)
                        .setOnInsert("firstSeq", 1L), HEADS);
                return;
            } catch (DuplicateKeyException e) {
                if (written(notice)) {
                    return; // another writer stored this notice
                }
                // another writer took this number: take the next
            }
        }
        throw new IllegalStateException("Could not append to the queue feed of " + teamId);
    }

    @Override
    public long lastSeq(String teamId) {
        return head(teamId, "lastSeq");
    }

    @Override
    public long firstSeq(String teamId) {
        return head(teamId, "firstSeq");
    }

    /** By their ids (and one past the head, in case it lags). */
    @Override
    public List<QueueFeedEvent> after(String teamId, long seq, int limit) {
        long upTo = Math.min(Math.max(lastSeq(teamId), seq) + 1, seq + limit);
        List<String> ids = LongStream.rangeClosed(seq + 1, upTo).mapToObj(n -> QueueFeedEvent.id(teamId, n)).toList();
        return mongo.find(query(where("_id").in(ids)), QueueFeedEventDocument.class).stream()
                .map(QueueFeedEventDocument::toEvent).sorted(Comparator.comparingLong(QueueFeedEvent::seq)).toList();
    }

    /** Lists the heads (one per team), then reads and deletes entries by id. */
    @Override
    public long prune(Instant cutoff) {
        long deleted = 0;
        for (Document head : mongo.findAll(Document.class, HEADS)) {
            deleted += prune(head.getString("_id"), number(head, "firstSeq"), number(head, "lastSeq"), cutoff);
        }
        return deleted;
    }

    private long prune(String teamId, long first, long last, Instant cutoff) {
        long next = first;
        while (next < last) {
            List<QueueFeedEvent> batch = after(teamId, next - 1, PRUNE_BATCH);
            List<String> old = batch.stream().takeWhile(e -> e.seq() < last && e.at().isBefore(cutoff))
                    .map(QueueFeedEvent::id).toList();
            if (!old.isEmpty()) {
                mongo.remove(query(where("_id").in(old)), QueueFeedEventDocument.class);
            }
            next += old.size();
            if (old.size() < batch.size() || batch.isEmpty()) {
                break;
            }
        }
        if (next > first) {
            mongo.updateFirst(query(where("_id").is(teamId)), new Update().max("firstSeq", next), HEADS);
        }
        return next - first;
    }

    private boolean written(QueueNotice notice) {
        return mongo.exists(query(where("noticeId").is(notice.noticeId())), QueueFeedEventDocument.class);
    }

    private long head(String teamId, String field) {
        Document head = mongo.findById(teamId, Document.class, HEADS);
        return head == null ? 0 : number(head, field);
    }

    private static long number(Document doc, String field) {
        Object value = doc.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
