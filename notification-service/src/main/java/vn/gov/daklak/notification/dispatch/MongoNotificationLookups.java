package vn.gov.daklak.notification.dispatch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.gov.daklak.notification.templates.TemplateKeys;
import vn.gov.daklak.platform.keys.KeyedLookup;

/**
 * The notifications of a delivery queue (report × recipient), of a report and of an inbox key, as look-up documents
 * read by key ({@link KeyedLookup}); each entry holds the notification's order (created at, sequence). Entries are put
 * before the notification is inserted; readers load the notifications by id and check them.
 */
final class MongoNotificationLookups {
    /** Oldest first, as the queues are delivered. */
    static final Comparator<Map.Entry<String, Object>> OLDEST_FIRST = Comparator
            .comparing((Map.Entry<String, Object> e) -> ((Document) e.getValue()).getDate("createdAt"))
            .thenComparingLong(e -> ((Number) ((Document) e.getValue()).get("sequence")).longValue())
            .thenComparing(Map.Entry::getKey);

    private final KeyedLookup byQueue;
    private final KeyedLookup byReport;
    private final KeyedLookup byInbox;

    MongoNotificationLookups(MongoTemplate mongo) {
        this.byQueue = new KeyedLookup(mongo, "notifications_by_queue");
        this.byReport = new KeyedLookup(mongo, "notifications_by_report");
        this.byInbox = new KeyedLookup(mongo, "notifications_by_inbox");
    }

    /**
     * Files the entries of a notification about to be inserted.
     *
     * @return true when it is the only one waiting in its delivery queue: nothing older has to go first
     */
    boolean filed(Notification n) {
        Document order = new Document("createdAt", n.createdAt()).append("sequence", n.sequence());
        boolean next = false;
        if (n.queue() != null && n.status() == NotificationStatus.PENDING) {
            next = byQueue.putAndRead(n.queue(), n.id(), order).keySet().equals(java.util.Set.of(n.id()));
        }
        if (n.reportId() != null) {
            byReport.put(n.reportId(), n.id(), order);
        }
        if (n.plan().inboxKeys() != null && !TemplateKeys.SECRET.contains(n.templateKey())) {
            n.plan().inboxKeys().forEach(key -> byInbox.put(key, n.id(), order));
        }
        return next;
    }

    /** Ids of the notifications that were waiting in {@code queue}, oldest first (some may be done: check). */
    List<String> inQueue(String queue) {
        return sorted(byQueue.entries(queue), OLDEST_FIRST);
    }

    /** Its queue no longer waits for it (delivered, or failed for good). */
    void leftQueue(String queue, String id) {
        byQueue.remove(queue, id);
    }

    List<String> ofReport(String reportId) {
        return sorted(byReport.entries(reportId), OLDEST_FIRST);
    }

    /** Ids of the notifications of any of {@code keys}, newest first. */
    List<String> inInboxes(Collection<String> keys) {
        return sorted(byInbox.entries(keys), OLDEST_FIRST.reversed());
    }

    private static List<String> sorted(Map<String, Object> entries, Comparator<Map.Entry<String, Object>> order) {
        List<Map.Entry<String, Object>> list = new ArrayList<>(entries.entrySet());
        list.sort(order);
        return list.stream().map(Map.Entry::getKey).toList();
    }
}
