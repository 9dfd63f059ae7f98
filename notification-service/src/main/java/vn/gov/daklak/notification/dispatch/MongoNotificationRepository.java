package vn.gov.daklak.notification.dispatch;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import vn.gov.daklak.contracts.notification.NotificationDelivered;
import vn.gov.daklak.contracts.notification.NotificationFailed;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.notification.recipients.Route;
import vn.gov.daklak.notification.templates.TemplateKeys;
import vn.gov.daklak.platform.keys.Backfill;
import vn.gov.daklak.platform.outbox.OutboxMessages;
import vn.gov.daklak.platform.outbox.OutboxRelay;

@Repository
public class MongoNotificationRepository implements Notifications {
    static final String COLLECTION = "notifications";
    private static final Sort OLDEST_FIRST = Sort.by("createdAt", "sequence", "_id");

    private final MongoTemplate mongo;
    private final MongoNotificationLookups lookups;
    private final OutboxMessages outboxMessages;
    private final Consumer<String> outboxWakeUp;

    @Autowired
    MongoNotificationRepository(MongoTemplate mongo, OutboxMessages outboxMessages, OutboxRelay outboxRelay) {
        this(mongo, outboxMessages, id -> outboxRelay.wakeUp(COLLECTION, id));
    }

    /** For a second dispatcher over the same database without a Kafka relay (restart tests, tools). */
    public MongoNotificationRepository(MongoTemplate mongo, OutboxMessages outboxMessages,
                                       Consumer<String> outboxWakeUp) {
        this.mongo = mongo;
        this.lookups = new MongoNotificationLookups(mongo);
        this.outboxMessages = outboxMessages;
        this.outboxWakeUp = outboxWakeUp;
    }

    @Override
    public Insertion insert(Notification notification) {
        return insert(notification, NotificationDocument.of(notification, List.of()));
    }

    @Override
    public boolean insertFailed(Notification notification, NotificationFailed event) {
        return insert(notification, NotificationDocument.of(notification,
                List.of(outboxMessages.wrap(event, notification.eventKey())))) != Insertion.DUPLICATE;
    }

    private Insertion insert(Notification notification, NotificationDocument document) {
        boolean next = lookups.filed(notification);
        try {
            mongo.insert(document);
            return next ? Insertion.NEXT_IN_QUEUE : Insertion.QUEUED;
        } catch (DuplicateKeyException e) {
            return Insertion.DUPLICATE;
        }
    }

    @Override
    public Optional<Notification> claim(String id, Instant now, Instant leaseUntil) {
        Query query = Query.query(where("_id").is(id).and("status").is(NotificationStatus.PENDING)
                .orOperator(freeAt(now)));
        Update update = new Update().inc("attempts", 1).inc("channelAttempts", 1).set("leaseUntil", leaseUntil);
        return Optional.ofNullable(mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
                NotificationDocument.class)).map(NotificationDocument::toNotification);
    }

    @Override
    public List<Notification> pendingInQueue(String reportId, RecipientKind recipientKind, String recipientId) {
        String queue = reportId + '|' + recipientKind + '|' + recipientId;
        List<Notification> pending = new ArrayList<>();
        for (Notification n : byIds(lookups.inQueue(queue))) {
            if (n.status() == NotificationStatus.PENDING) {
                pending.add(n);
            } else {
                lookups.leftQueue(queue, n.id()); // delivered or failed: the queue no longer waits for it
            }
        }
        return pending;
    }

    @Override
    public List<Notification> due(Instant createdBefore, Instant now, int limit) {
        Query query = Query.query(where("status").is(NotificationStatus.PENDING).and("createdAt").lt(createdBefore)
                .orOperator(freeAt(now))).with(OLDEST_FIRST).limit(limit);
        return find(query);
    }

    @Override
    public boolean hold(String id, Instant now, Instant until) {
        Query query = Query.query(where("_id").is(id).and("status").is(NotificationStatus.PENDING)
                .orOperator(freeAt(now)));
        return mongo.updateFirst(query, new Update().set("leaseUntil", until).set("heldUntil", until),
                NotificationDocument.class).getModifiedCount() > 0;
    }

    @Override
    public void recordSent(Notification notification, String provider, String providerMessageId, Instant sentAt,
                           NotificationDelivered event) {
        recordOutcome(notification, new Update()
                .set("status", NotificationStatus.SENT)
                .set("sentAt", sentAt)
                .set("provider", provider)
                .set("providerMessageId", providerMessageId)
                .unset("lastError")
                .unset("leaseUntil")
                .push("outbox", outboxMessages.wrap(event, notification.eventKey())));
    }

    @Override
    public void recordRetry(Notification notification, String error, Instant retryAt) {
        mongo.updateFirst(pending(notification), new Update().set("lastError", error).set("leaseUntil", retryAt),
                NotificationDocument.class);
    }

    @Override
    public void recordFallback(Notification notification, ChannelFailure failure, Route next) {
        Query query = Query.query(where("_id").is(notification.id()).and("status").is(NotificationStatus.PENDING)
                .and("routeIndex").is(notification.routeIndex()));
        mongo.updateFirst(query, new Update()
                .set("channel", next.channel())
                .set("address", next.address())
                .set("routeIndex", notification.routeIndex() + 1)
                .set("channelAttempts", 0)
                .set("lastError", failure.reason())
                .push("channelFailures", failure)
                .unset("leaseUntil"), NotificationDocument.class);
    }

    @Override
    public void recordFailed(Notification notification, ChannelFailure failure, String reason, Instant failedAt,
                             NotificationFailed event) {
        recordOutcome(notification, new Update()
                .set("status", NotificationStatus.FAILED)
                .set("failedAt", failedAt)
                .set("lastError", reason)
                .push("channelFailures", failure)
                .unset("leaseUntil")
                .push("outbox", outboxMessages.wrap(event, notification.eventKey())));
    }

    /** Only a still-pending notification changes, so an outcome (and its event) is recorded at most once. */
    private void recordOutcome(Notification notification, Update update) {
        if (mongo.updateFirst(pending(notification), update, NotificationDocument.class).getModifiedCount() > 0) {
            // an update, not a save: the relay is not woken by a mapping event
            outboxWakeUp.accept(notification.id());
            if (notification.queue() != null) {
                lookups.leftQueue(notification.queue(), notification.id());
            }
        }
    }

    @Override
    public Optional<Notification> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, NotificationDocument.class))
                .map(NotificationDocument::toNotification);
    }

    @Override
    public List<Notification> findByReportId(String reportId) {
        return byIds(lookups.ofReport(reportId)).stream().filter(n -> reportId.equals(n.reportId())).toList();
    }

    @Override
    public List<Notification> inbox(Set<String> keys, boolean unreadOnly, int limit) {
        List<Notification> inbox = new ArrayList<>();
        List<String> newestFirst = lookups.inInboxes(keys);
        for (int from = 0; from < newestFirst.size() && inbox.size() < limit; from += limit) {
            for (Notification n : byIds(newestFirst.subList(from, Math.min(from + limit, newestFirst.size())))) {
                boolean listed = n.plan().inboxKeys() != null && n.plan().inboxKeys().stream().anyMatch(keys::contains)
                        && !TemplateKeys.SECRET.contains(n.templateKey()) && (!unreadOnly || n.readAt() == null);
                if (listed && inbox.size() < limit) {
                    inbox.add(n);
                }
            }
        }
        return inbox;
    }

    @Override
    public boolean markRead(String id, Set<String> keys, Instant at) {
        Query inInbox = Query.query(where("_id").is(id).and("inboxKeys").in(keys)
                .and("templateKey").nin(TemplateKeys.SECRET));
        NotificationDocument doc = mongo.findOne(inInbox, NotificationDocument.class);
        if (doc == null) {
            return false;
        }
        if (doc.readAt() == null) {
            mongo.updateFirst(Query.query(where("_id").is(id).and("readAt").is(null)), new Update().set("readAt", at),
                    NotificationDocument.class);
        }
        return true;
    }

    /** The notifications with these ids, in the order of {@code ids} (missing ones left out). */
    private List<Notification> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Notification> found = new HashMap<>();
        find(Query.query(where("_id").in(ids))).forEach(n -> found.put(n.id(), n));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    private List<Notification> find(Query query) {
        return mongo.find(query, NotificationDocument.class).stream().map(NotificationDocument::toNotification)
                .toList();
    }

    private static Query pending(Notification notification) {
        return Query.query(where("_id").is(notification.id()).and("status").is(NotificationStatus.PENDING));
    }

    private static Criteria[] freeAt(Instant now) {
        return new Criteria[] {where("leaseUntil").is(null), where("leaseUntil").lte(now)};
    }

    /** Files the notifications stored before the look-ups existed (once, at start-up). */
    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        Backfill.once(mongo, "notification-lookups-v1", () -> {
            try (var all = mongo.stream(new Query(), NotificationDocument.class)) {
                all.forEach(doc -> lookups.filed(doc.toNotification()));
            }
        });
    }
}
