package vn.gov.daklak.feedback.queue;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import vn.gov.daklak.feedback.report.QueueNotice;

/**
 * The per-team change feed in MongoDB ({@code queue_events}). An entry takes the team's highest {@code seq} plus one
 * and relies on the unique index on (teamId, seq): of two writers racing for a number one fails and takes the next,
 * so an entry only becomes visible after every lower number is — readers never see a gap fill in behind them.
 * Each notice is written once (unique {@code noticeId}), however often it is retried.
 */
@Component
class QueueFeed {
    private static final int ATTEMPTS = 50;

    private final MongoTemplate mongo;

    QueueFeed(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(QueueFeedEvent.class);
        indexes.createIndex(new Index().on("teamId", Sort.Direction.ASC).on("seq", Sort.Direction.ASC).unique()
                .named("team_seq"));
        indexes.createIndex(new Index().on("noticeId", Sort.Direction.ASC).unique().named("noticeId"));
    }

    void append(QueueNotice notice, String reportId, Map<String, Object> item) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (written(notice)) {
                return;
            }
            try {
                mongo.insert(new QueueFeedEvent(null, notice.teamId(), lastSeq(notice.teamId()) + 1,
                        notice.noticeId(), reportId, notice.kind(), notice.at(), item));
                return;
            } catch (DuplicateKeyException e) {
                // another writer took this number (or wrote this notice): look again
            }
        }
        throw new IllegalStateException("Could not append to the queue feed of " + notice.teamId());
    }

    long lastSeq(String teamId) {
        return edgeSeq(teamId, Sort.Direction.DESC);
    }

    long firstSeq(String teamId) {
        return edgeSeq(teamId, Sort.Direction.ASC);
    }

    List<QueueFeedEvent> after(String teamId, long seq, int limit) {
        return mongo.find(query(where("teamId").is(teamId).and("seq").gt(seq))
                .with(Sort.by("seq")).limit(limit), QueueFeedEvent.class);
    }

    /** Deletes entries older than {@code cutoff}, keeping each team's newest so its numbering goes on. */
    long prune(Instant cutoff) {
        long deleted = 0;
        var teams = mongo.getCollection(QueueFeedEvent.COLLECTION).distinct("teamId", String.class);
        for (String teamId : teams) {
            deleted += mongo.remove(query(where("teamId").is(teamId).and("at").lt(cutoff)
                    .and("seq").lt(lastSeq(teamId))), QueueFeedEvent.class).getDeletedCount();
        }
        return deleted;
    }

    private boolean written(QueueNotice notice) {
        return mongo.exists(query(where("noticeId").is(notice.noticeId())), QueueFeedEvent.class);
    }

    private long edgeSeq(String teamId, Sort.Direction direction) {
        var q = query(where("teamId").is(teamId)).with(Sort.by(direction, "seq")).limit(1);
        q.fields().include("seq");
        Document edge = mongo.findOne(q, Document.class, QueueFeedEvent.COLLECTION);
        return edge == null ? 0 : ((Number) edge.get("seq")).longValue();
    }
}
