package vn.gov.daklak.routing.casefile;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import vn.gov.daklak.platform.keys.KeyedLookup;

/**
 * The escalation calendar: which reports to look at when, read by key so that the escalation scan costs the same with
 * a hundred or a million stored cases (docs/ARCHITECTURE.md, "Data access by key"). A case is an entry
 * {@code <reportId>: <filed for>} in a slot document of {@code escalation_calendar}, one per minute and shard:
 * {@code _id = "2026-12-02T03:15Z#5"}, so a slot stays small even when a whole night's reports share one deadline.
 *
 * <p>A scan reads the slots from the <em>cursor</em> up to now by {@code _id}. The cursor (document
 * {@code _id = "cursor"}) is the earliest time that may still hold entries, and never later than an hour ago, so the
 * last hour is always read again: an entry filed for a time less than half an hour ago (a case filed "now" because it
 * changed hands, a scan of another instance that raced with this one) is always within reach. Filing for a time
 * longer ago than that (older data, a clock far behind) also moves the cursor back to it.
 */
final class MongoEscalationCalendar {
    static final String COLLECTION = "escalation_calendar";
    private static final String CURSOR = "cursor";
    private static final int SHARDS = 8;
    private static final int SLOTS_PER_READ = 1000;
    private static final Duration ALWAYS_READ_AGAIN = Duration.ofHours(1);
    private static final Duration WITHIN_REACH = Duration.ofMinutes(30);

    private final MongoTemplate mongo;
    private final KeyedLookup slots;

    MongoEscalationCalendar(MongoTemplate mongo) {
        this.mongo = mongo;
        this.slots = new KeyedLookup(mongo, COLLECTION);
    }

    /** An entry the calendar holds, and the slot it is in. */
    record Entry(String reportId, Instant filedFor) {
    }

    /** Files {@code reportId} for {@code at} (a deadline, or now); {@code now} is the filer's clock. */
    void file(String reportId, Instant at, Instant now) {
        slots.put(slot(at, reportId), reportId, Date.from(at));
        if (at.isBefore(now.minus(WITHIN_REACH))) {
            reachBackTo(at);
        }
    }

    /** Moves the cursor back to {@code at}'s minute, unless it is there already or earlier. */
    private void reachBackTo(Instant at) {
        Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
        try {
            mongo.upsert(query(where("_id").is(CURSOR)), new Update().min("from", Date.from(minute)), COLLECTION);
        } catch (DuplicateKeyException raced) {
            mongo.updateFirst(query(where("_id").is(CURSOR)), new Update().min("from", Date.from(minute)),
                    COLLECTION);
        }
    }

    /** {@link #file} for several reports: one bulk write, one upsert per slot. */
    void fileAll(Map<String, Instant> reportsAt, Instant now) {
        Map<String, Update> bySlot = new LinkedHashMap<>();
        Instant earliest = null;
        for (Map.Entry<String, Instant> e : reportsAt.entrySet()) {
            bySlot.computeIfAbsent(slot(e.getValue(), e.getKey()), s -> new Update())
                    .set(KeyedLookup.entryPath(e.getKey()), Date.from(e.getValue()));
            earliest = earliest == null || e.getValue().isBefore(earliest) ? e.getValue() : earliest;
        }
        if (bySlot.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        bySlot.forEach((slot, update) -> bulk.upsert(query(where("_id").is(slot)), update));
        bulk.execute();
        if (earliest.isBefore(now.minus(WITHIN_REACH))) {
            reachBackTo(earliest);
        }
    }

    void remove(String reportId, Instant filedFor) {
        slots.remove(slot(filedFor, reportId), reportId);
    }

    /**
     * Every entry filed for a time up to {@code now}, earliest first; moves the cursor on to the earliest entry left
     * in the slots read (or an hour ago, if that is earlier).
     */
    List<Entry> dueBy(Instant now) {
        Document cursor = mongo.findById(CURSOR, Document.class, COLLECTION);
        Instant lastHour = now.minus(ALWAYS_READ_AGAIN).truncatedTo(ChronoUnit.MINUTES);
        Date stored = cursor == null ? null : cursor.getDate("from");
        Instant from = stored == null || stored.toInstant().isAfter(lastHour) ? lastHour : stored.toInstant();

        List<String> ids = new ArrayList<>();
        for (Instant minute = from; !minute.isAfter(now); minute = minute.plus(1, ChronoUnit.MINUTES)) {
            for (int shard = 0; shard < SHARDS; shard++) {
                ids.add(slotId(minute, shard));
            }
        }
        Map<String, Instant> filed = new HashMap<>();
        for (int start = 0; start < ids.size(); start += SLOTS_PER_READ) {
            slots.entries(ids.subList(start, Math.min(start + SLOTS_PER_READ, ids.size())))
                    .forEach((reportId, at) -> filed.merge(reportId, ((Date) at).toInstant(),
                            (a, b) -> a.isBefore(b) ? a : b));
        }
        Instant earliestLeft = filed.values().stream().min(Instant::compareTo).orElse(lastHour);
        Instant next = earliestLeft.isBefore(lastHour) ? earliestLeft.truncatedTo(ChronoUnit.MINUTES) : lastHour;
        if (stored == null || !stored.toInstant().equals(next)) {
            moveCursor(stored, next);
        }
        return filed.entrySet().stream().filter(e -> !e.getValue().isAfter(now))
                .map(e -> new Entry(e.getKey(), e.getValue()))
                .sorted((a, b) -> a.filedFor().compareTo(b.filedFor())).toList();
    }

    /** Only if nobody moved it meanwhile (another scan, or a filing for long ago): theirs is as good or earlier. */
    private void moveCursor(Date seen, Instant to) {
        if (seen == null) {
            try {
                mongo.insert(new Document("_id", CURSOR).append("from", Date.from(to)), COLLECTION);
            } catch (DuplicateKeyException raced) {
                // another instance or a filing got there first
            }
            return;
        }
        mongo.updateFirst(query(where("_id").is(CURSOR).and("from").is(seen)),
                new Update().set("from", Date.from(to)), COLLECTION);
    }

    private static String slot(Instant at, String reportId) {
        return slotId(at.truncatedTo(ChronoUnit.MINUTES), Math.floorMod(reportId.hashCode(), SHARDS));
    }

    private static String slotId(Instant minute, int shard) {
        return minute.toString().replace(":00Z", "Z") + "#" + shard;
    }
}
