package vn.gov.daklak.platform.keys;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * What a query on a non-unique field would find, kept as one document per value of that field and read by its
 * {@code _id}: {@code {_id: <value>, entries: {<member>: <data>}}} (see docs/ARCHITECTURE.md, "Data access by key").
 * A writer puts the entry before it writes what the entry points to, and a reader checks what it loads by the
 * members' ids: a crash in between leaves an extra entry (ignored, or removed by the reader), never a missing one.
 * One document holds every member of its value, so use it for values with at most some thousands of members.
 */
public final class KeyedLookup {
    private static final String ENTRIES = "entries";
    private static final String DOT = "\uFF0E";
    private static final String DOLLAR = "\uFF04";

    private final MongoTemplate mongo;
    private final String collection;

    public KeyedLookup(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /** Adds (or replaces) {@code member} under {@code key}, with {@code data} (a value, a map or a Document). */
    public void put(String key, String member, Object data) {
        mongo.upsert(query(where("_id").is(key)), new Update().set(path(member), data), collection);
    }

    /** {@link #put}, then the members under {@code key} with their data, as they are after the put (one command). */
    public Map<String, Object> putAndRead(String key, String member, Object data) {
        Document after = mongo.findAndModify(query(where("_id").is(key)), new Update().set(path(member), data),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, collection);
        Map<String, Object> entries = new LinkedHashMap<>();
        Document stored = after == null ? null : after.get(ENTRIES, Document.class);
        if (stored != null) {
            stored.forEach((m, d) -> entries.put(decode(m), d));
        }
        return entries;
    }

    public void remove(String key, String member) {
        removeFrom(List.of(key), member);
    }

    /** Removes {@code member} under each of {@code keys} (one update, by {@code _id}). */
    public void removeFrom(Collection<String> keys, String member) {
        if (!keys.isEmpty()) {
            mongo.updateMulti(query(where("_id").in(keys)), new Update().unset(path(member)), collection);
        }
    }

    /** The members under {@code key} with their data, in the order they were first put. */
    public Map<String, Object> entries(String key) {
        return entries(List.of(key));
    }

    /** The members under any of {@code keys} (one read, by {@code _id}); a member under several keys appears once. */
    public Map<String, Object> entries(Collection<String> keys) {
        Map<String, Object> entries = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return entries;
        }
        for (Document doc : mongo.find(query(where("_id").in(keys)), Document.class, collection)) {
            Document stored = doc.get(ENTRIES, Document.class);
            if (stored != null) {
                stored.forEach((member, data) -> entries.putIfAbsent(decode(member), data));
            }
        }
        return entries;
    }

    /** The field path of {@code member}'s entry, for writers that put several entries in one update. */
    public static String entryPath(String member) {
        return path(member);
    }

    private static String path(String member) {
        if (member == null || member.isEmpty()) {
            throw new IllegalArgumentException("A look-up entry needs a member");
        }
        return ENTRIES + "." + encode(member);
    }

    /** A field name may hold neither '.' nor a leading '$': they are stored as their full-width forms. */
    static String encode(String member) {
        String name = member.replace(".", DOT);
        return name.startsWith("$") ? DOLLAR + name.substring(1) : name;
    }

    static String decode(String name) {
        String member = name.replace(DOT, ".");
        return member.startsWith(DOLLAR) ? "$" + member.substring(1) : member;
    }
}
