package vn.gov.daklak.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;

/**
 * The relay's reads and writes. Each operation addresses documents by {@code _id} (a batch of them at once), so its
 * cost does not grow with the collection; only the recovery sweep looks for pending entries (a sparse index on real MongoDB).
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
        return claimAll(pending.collection(), List.of(pending), owner, now, until).stream().findFirst();
    }

    /**
     * {@link #claim} for documents of one collection at once: one update of all of them by {@code _id}, then one read
     * of those this instance now holds, whatever their number.
     */
    List<ClaimedDocument> claimAll(String collection, List<PendingDocument> pending, String owner, Instant now,
                                   Instant until) {
        Map<Object, PendingDocument> byId = new LinkedHashMap<>();
        pending.forEach(p -> byId.putIfAbsent(p.id(), p));
        List<Object> ids = new ArrayList<>(byId.keySet());
        Bson claimable = Filters.and(Filters.in("_id", ids), Filters.exists(PENDING_KEY), Filters.or(
                Filters.exists(LEASE, false),
                Filters.lt(LEASE + ".until", Date.from(now)),
                Filters.eq(LEASE + ".owner", owner)));
        var documents = mongo.getCollection(collection);
        if (documents.updateMany(claimable, Updates.set(LEASE, new Document("owner", owner)
                .append("until", Date.from(until)))).getModifiedCount() == 0) {
            return List.of();
        }
        Map<Object, ClaimedDocument> claimed = new HashMap<>();
        documents.find(Filters.and(Filters.in("_id", ids), Filters.eq(LEASE + ".owner", owner),
                        Filters.eq(LEASE + ".until", Date.from(until))))
                .projection(Projections.include(OUTBOX))
                .forEach(doc -> {
                    List<Document> entries = doc.getList(OUTBOX, Document.class);
                    if (entries != null && !entries.isEmpty()) {
                        claimed.put(doc.get("_id"), new ClaimedDocument(byId.get(doc.get("_id")),
                                entries.stream().map(MongoOutboxStore::toMessage).toList()));
                    }
                });
        // in the order they were woken, so a document's events keep their order and documents theirs
        return ids.stream().map(claimed::get).filter(Objects::nonNull).toList();
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
