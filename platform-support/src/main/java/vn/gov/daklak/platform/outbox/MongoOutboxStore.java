package vn.gov.daklak.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;

/**
 * The relay's reads and writes. Each per-event operation addresses one document by {@code _id}, so its cost does not
 * grow with the collection; only the recovery sweep looks for pending entries (a sparse index on real MongoDB).
 */
class MongoOutboxStore {
    static final String OUTBOX = "outbox";
    /** Only documents with pending events have this path. */
    private static final String PENDING_KEY = "outbox.eventId";
    private static final String LEASE = "outboxLease";

    private final MongoTemplate mongo;

    MongoOutboxStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void createPendingIndex(String collection) {
        mongo.getCollection(collection).createIndex(Indexes.ascending(PENDING_KEY),
                new IndexOptions().sparse(true).name("outbox_pending"));
    }

    /**
     * Takes the lease on the document when it has pending entries and no other live instance holds it; a document
     * saved again in between simply loses the lease (its entries stay, and its save wakes the relay again).
     */
    Optional<ClaimedDocument> claim(PendingDocument pending, String owner, Instant now, Instant until) {
        Bson claimable = Filters.and(Filters.eq("_id", pending.id()), Filters.exists(PENDING_KEY), Filters.or(
                Filters.exists(LEASE, false),
                Filters.lt(LEASE + ".until", Date.from(now)),
                Filters.eq(LEASE + ".owner", owner)));
        Document claimed = mongo.getCollection(pending.collection()).findOneAndUpdate(claimable,
                Updates.set(LEASE, new Document("owner", owner).append("until", Date.from(until))),
                new FindOneAndUpdateOptions().projection(Projections.include(OUTBOX))
                        .returnDocument(ReturnDocument.AFTER));
        if (claimed == null) {
            return Optional.empty();
        }
        List<OutboxMessage> entries = claimed.getList(OUTBOX, Document.class).stream()
                .map(MongoOutboxStore::toMessage).toList();
        return Optional.of(new ClaimedDocument(pending, entries));
    }

    /**
     * Removes what Kafka acknowledged, one update per document, and releases the lease. Bumping the version makes a
     * stale copy of the aggregate fail to save instead of writing already-published events back (aggregates saved
     * more than once use {@code @Version}).
     */
    void removePublished(String collection, Map<Object, List<String>> publishedEventIds) {
        List<UpdateOneModel<Document>> updates = new ArrayList<>(publishedEventIds.size());
        publishedEventIds.forEach((id, eventIds) -> updates.add(new UpdateOneModel<>(Filters.eq("_id", id),
                Updates.combine(
                        Updates.pullByFilter(new Document(OUTBOX,
                                new Document("eventId", new Document("$in", eventIds)))),
                        Updates.unset(LEASE),
                        Updates.inc("version", 1L)))));
        if (!updates.isEmpty()) {
            mongo.getCollection(collection).bulkWrite(updates, new BulkWriteOptions().ordered(false));
        }
    }

    /** The recovery sweep: documents that still hold pending entries, whoever wrote them. */
    List<Object> pendingIds(String collection, int limit) {
        List<Object> ids = new ArrayList<>();
        mongo.getCollection(collection).find(Filters.exists(PENDING_KEY)).projection(Projections.include("_id"))
                .limit(limit).forEach(doc -> ids.add(doc.get("_id")));
        return ids;
    }

    private static OutboxMessage toMessage(Document entry) {
        return new OutboxMessage(entry.getString("eventId"), entry.getString("topic"), entry.getString("key"),
                entry.getString("type"), entry.getString("source"), entry.getString("subject"),
                entry.get("time", Date.class).toInstant(), entry.getString("dataSchema"), entry.getString("payload"));
    }
}
