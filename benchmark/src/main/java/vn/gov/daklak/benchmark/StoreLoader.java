package vn.gov.daklak.benchmark;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;

/**
 * Fills the services' stores quickly by cloning fully processed reports, generically over collections.
 *
 * <ol>
 * <li><b>Find.</b> Every document of every collection of the given databases that mentions a seed report — its id or
 * its tracking code in any string (keys included) — belongs to that seed; so does, in a second pass, a document that
 * mentions a value only that seed's documents hold (e.g. an event id). A document mentioning several seeds is shared
 * state and is not cloned.</li>
 * <li><b>Which values are the report's own.</b> Identifiers in those documents: UUIDs (also inside longer strings such
 * as {@code reporter:<uuid>}), BSON ObjectIds, and the tracking code (a string of the shape of the codes the API
 * returned). An identifier found in the documents of more than one seed (the resident who filed them all, a rule set)
 * is shared and kept; every other one is the report's own and is replaced in each clone by a fresh value, consistently
 * across all services' documents of that clone.</li>
 * <li><b>Unique indexes.</b> Each unique index (and {@code _id}) is checked on a trial clone: its key must change. A key
 * that does not change but has a numeric field (a per-team sequence number, say) gets fresh numbers above the highest
 * stored one for the rest of its key; otherwise loading stops with the index named.</li>
 * <li><b>Only finished work.</b> Seeds are waited for until no document of theirs has pending work (a non-empty array
 * named in {@code pendingFields}, e.g. {@code outbox}) and they stop changing; documents with pending work are never
 * cloned, so no clone publishes an event or is picked up by a relay.</li>
 * <li><b>Insert</b> with {@code insertMany} (unordered), batch by batch, the collections of a batch in parallel (the
 * stand-in locks a collection per operation, not the server).</li>
 * </ol>
 * Timestamps, statuses, texts and references to shared things (teams, communes, categories) are copied as they are.
 */
final class StoreLoader {
    record Seed(String reportId, String trackingCode) {
    }

    private record Location(String db, String collection) {
        String name() {
            return db + "." + collection;
        }
    }

    private record Template(Location where, Document doc) {
    }

    private record UniqueIndex(String name, List<String> fields, boolean sparse) {
    }

    /** A unique index whose key a clone keeps except for one numeric field, numbered afresh per rest-of-key. */
    private record SequencePlan(Location where, UniqueIndex index, String field) {
    }

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private final MongoClient mongo;
    private final List<String> databases;
    private final List<String> pendingFields;
    private final PrintStream out;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();

    private List<Seed> seeds;
    private Pattern tokenPattern;
    private String codePrefix;
    private int codeLength;
    private final List<List<Template>> templates = new ArrayList<>();
    /** templates whose unique key is not the report's own and has no number to give afresh (identity) */
    private final Set<Template> unclonable = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Integer> unclonableByCollection = new TreeMap<>();
    private final List<Set<Object>> localTokens = new ArrayList<>();
    /** by collection, then by template document (identity: templates are never changed) */
    private final Map<String, Map<Document, SequencePlan>> sequencePlans = new HashMap<>();
    private final Map<String, long[]> sequenceNext = new HashMap<>();
    private final Set<String> issuedCodes = new HashSet<>();
    private final Map<String, Integer> sharedSkipped = new TreeMap<>();

    StoreLoader(MongoClient mongo, List<String> databases, List<String> pendingFields, int parallelism,
                PrintStream out) {
        this.mongo = mongo;
        this.parallelism = parallelism;
        this.databases = databases;
        this.pendingFields = pendingFields;
        this.out = out;
    }

    boolean ready() {
        return !templates.isEmpty();
    }

    /** Finds the seeds' documents once they are finished and stable, and works out how to clone them. */
    void prepare(List<Seed> seeds, Duration settleTimeout) throws InterruptedException {
        this.seeds = List.copyOf(seeds);
        String code = seeds.get(0).trackingCode();
        int dash = code.lastIndexOf('-');
        codePrefix = code.substring(0, dash + 1);
        codeLength = code.length() - codePrefix.length();
        for (Seed s : seeds) {
            if (!s.trackingCode().startsWith(codePrefix) || s.trackingCode().length() != code.length()) {
                throw new IllegalStateException("tracking codes of different shapes: " + code + ", " + s.trackingCode());
            }
        }
        tokenPattern = Pattern.compile(UUID_PATTERN.pattern() + "|" + Pattern.quote(codePrefix)
                + "[0-9A-Za-z]{" + codeLength + "}");
        Map<String, Integer> seedByToken = new HashMap<>();
        for (int i = 0; i < seeds.size(); i++) {
            seedByToken.put(seeds.get(i).reportId(), i);
            seedByToken.put(seeds.get(i).trackingCode(), i);
        }

        // 1. documents naming a seed, waited for until finished and unchanged
        List<List<Template>> found = scan(seedByToken, null);
        long deadline = System.nanoTime() + settleTimeout.toNanos();
        List<List<Template>> previous = null;
        while (true) {
            boolean pending = found.stream().flatMap(List::stream).anyMatch(t -> hasPendingWork(t.doc()));
            if (!pending && found.equals(previous)) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("seed reports still have pending work or keep changing after "
                        + settleTimeout);
            }
            TimeUnit.SECONDS.sleep(2);
            previous = found;
            found = reread(found);
        }

        // 2. identifiers: the seed's own, or shared by several seeds
        List<Set<Object>> tokens = new ArrayList<>();
        Map<Object, Integer> seedsHolding = new HashMap<>();
        for (List<Template> docs : found) {
            Set<Object> t = new HashSet<>();
            docs.forEach(d -> collectTokens(d.doc(), t::add));
            tokens.add(t);
            t.forEach(token -> seedsHolding.merge(token, 1, Integer::sum));
        }
        Map<Object, Integer> ownerOfLocal = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (Object token : tokens.get(i)) {
                if (seedsHolding.get(token) == 1) {
                    ownerOfLocal.put(token, i);
                }
            }
        }
        // the second pass follows only identifiers of the seed's own documents (their _id: a notification id, an
        // event id), not every value only one seed holds: a staff member of the seed's commune is named by every
        // report of that commune stored before, which are not the seed's
        Map<Object, Integer> ownerOfDocument = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            for (Template d : found.get(i)) {
                int seed = i;
                collectTokens(d.doc().get("_id"), token -> {
                    if (Integer.valueOf(seed).equals(ownerOfLocal.get(token))) {
                        ownerOfDocument.put(token, seed);
                    }
                });
            }
        }

        // 3. second pass: documents holding only one seed's own identifiers belong to it too
        Set<Object> alreadyFound = new HashSet<>();
        found.forEach(docs -> docs.forEach(d -> alreadyFound.add(d.where().name() + "/" + d.doc().get("_id"))));
        List<List<Template>> more = scan(ownerOfDocument, alreadyFound);
        for (int i = 0; i < found.size(); i++) {
            List<Template> all = new ArrayList<>(found.get(i));
            for (Template t : more.get(i)) {
                if (!hasPendingWork(t.doc())) {
                    all.add(t);
                }
            }
            templates.add(all);
            Set<Object> local = new HashSet<>();
            for (Template t : all) {
                collectTokens(t.doc(), token -> {
                    Integer owner = ownerOfLocal.get(token);
                    if (owner != null ? owner == templates.size() - 1 : !seedsHolding.containsKey(token)) {
                        local.add(token);
                    }
                });
            }
            localTokens.add(local);
        }
        planUniqueIndexes();
        templates.forEach(docs -> docs.removeIf(unclonable::contains));
    }

    /** What was found, per collection, for the log. */
    String describe() {
        Map<String, Integer> perCollection = new TreeMap<>();
        templates.forEach(docs -> docs.forEach(t -> perCollection.merge(t.where().name(), 1, Integer::sum)));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("  %d seed reports; documents per seed report, by collection:%n", templates.size()));
        perCollection.forEach((name, n) -> sb.append(String.format("    %-45s %6.2f%n", name,
                n / (double) templates.size())));
        sequencePlans.forEach((name, plans) -> plans.values().stream().map(p -> p.index().name() + " → " + p.field())
                .distinct().forEach(p -> sb.append(String.format("    %s: unique index %s numbered afresh%n", name, p))));
        sharedSkipped.forEach((name, n) -> sb.append(String.format("    %s: %d document(s) naming several seeds, "
                + "not cloned%n", name, n)));
        unclonableByCollection.forEach((name, n) -> sb.append(String.format("    %s: %d document(s) whose unique key "
                + "no clone could change, not cloned%n", name, n)));
        return sb.toString();
    }

    /** Inserts {@code count} clones (whole reports: every service's documents of one report), round robin over seeds. */
    long load(long count, int batchReports) {
        long start = System.nanoTime();
        long docs = 0;
        long failed = 0;
        long lastPrint = start;
        Map<String, Long> insertNanos = new ConcurrentSkipListMap<>();
        ExecutorService inserters = Executors.newFixedThreadPool(parallelism);
        for (long done = 0; done < count; ) {
            int n = (int) Math.min(batchReports, count - done);
            Map<Location, List<Document>> batch = new LinkedHashMap<>();
            for (int k = 0; k < n; k++) {
                int s = (int) ((done + k) % templates.size());
                Map<Object, Object> fresh = freshValues(s);
                for (Template t : templates.get(s)) {
                    Document clone = (Document) copy(t.doc(), fresh);
                    renumber(t, clone);
                    batch.computeIfAbsent(t.where(), w -> new ArrayList<>()).add(clone);
                }
            }
            List<Future<long[]>> inserts = new ArrayList<>();
            for (var e : batch.entrySet()) {
                inserts.add(inserters.submit(() -> insert(e.getKey(), e.getValue(), insertNanos)));
            }
            for (Future<long[]> f : inserts) {
                long[] counts = join(f);
                docs += counts[0];
                failed += counts[1];
            }
            done += n;
            if (System.nanoTime() - lastPrint > TimeUnit.SECONDS.toNanos(10) || done == count) {
                lastPrint = System.nanoTime();
                double s = (lastPrint - start) / 1e9;
                out.printf("    cloned %,d / %,d reports (%,d documents) in %.0f s, %.0f reports/s%n", done, count,
                        docs, s, done / s);
            }
        }
        inserters.shutdown();
        StringBuilder times = new StringBuilder();
        insertNanos.forEach((name, nanos) -> times.append(String.format(" %s %.1f s,", name, nanos / 1e9)));
        out.printf("    insertMany time by collection (%d in parallel):%s%n", parallelism, times);
        if (failed > 0) {
            out.printf("    %,d documents refused by the store (duplicate keys?)%n", failed);
        }
        return docs;
    }

    /** One collection's share of a batch; returns {documents sent, documents refused}. */
    private long[] insert(Location where, List<Document> docs, Map<String, Long> insertNanos) {
        long t0 = System.nanoTime();
        long refused = 0;
        try {
            mongo.getDatabase(where.db()).getCollection(where.collection())
                    .insertMany(docs, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException ex) {
            refused = ex.getWriteErrors().size();
        }
        insertNanos.merge(where.name(), System.nanoTime() - t0, Long::sum);
        return new long[] {docs.size(), refused};
    }

    private static long[] join(Future<long[]> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("insert failed: " + e.getCause(), e.getCause());
        }
    }

    // --- finding -----------------------------------------------------------------------------------------------

    /** Documents naming exactly one seed's token (by token → seed index), skipping those in {@code skip}. */
    private List<List<Template>> scan(Map<?, Integer> seedByToken, Set<Object> skip) {
        List<List<Template>> out = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (String db : databases) {
            for (String coll : mongo.getDatabase(db).listCollectionNames()) {
                if (coll.startsWith("system.")) {
                    continue;
                }
                Location where = new Location(db, coll);
                for (Document doc : mongo.getDatabase(db).getCollection(coll).find().batchSize(1000)) {
                    if (skip != null && skip.contains(where.name() + "/" + doc.get("_id"))) {
                        continue;
                    }
                    Set<Integer> owners = new HashSet<>();
                    collectTokens(doc, token -> {
                        Integer owner = seedByToken.get(token);
                        if (owner != null) {
                            owners.add(owner);
                        }
                    });
                    if (owners.size() == 1) {
                        out.get(owners.iterator().next()).add(new Template(where, doc));
                    } else if (owners.size() > 1) {
                        sharedSkipped.merge(where.name(), 1, Integer::sum);
                    }
                }
            }
        }
        return out;
    }

    private List<List<Template>> reread(List<List<Template>> found) {
        List<List<Template>> out = new ArrayList<>();
        for (List<Template> docs : found) {
            List<Template> now = new ArrayList<>();
            for (Template t : docs) {
                Document d = mongo.getDatabase(t.where().db()).getCollection(t.where().collection())
                        .find(Filters.eq("_id", t.doc().get("_id"))).first();
                if (d != null) {
                    now.add(new Template(t.where(), d));
                }
            }
            out.add(now);
        }
        return out;
    }

    private boolean hasPendingWork(Document doc) {
        for (String field : pendingFields) {
            if (doc.get(field) instanceof List<?> list && !list.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Every identifier in a document: UUIDs and tracking codes inside any string or key, and ObjectIds. */
    private void collectTokens(Object value, Consumer<Object> sink) {
        if (value instanceof String s) {
            if (s.indexOf('-') >= 0) {
                Matcher m = tokenPattern.matcher(s);
                while (m.find()) {
                    sink.accept(m.group());
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            for (var e : map.entrySet()) {
                collectTokens(e.getKey(), sink);
                collectTokens(e.getValue(), sink);
            }
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectTokens(v, sink));
        } else if (value instanceof ObjectId) {
            sink.accept(value);
        }
    }

    // --- cloning -----------------------------------------------------------------------------------------------

    private Map<Object, Object> freshValues(int seed) {
        Map<Object, Object> fresh = new HashMap<>();
        for (Object token : localTokens.get(seed)) {
            if (token instanceof ObjectId) {
                fresh.put(token, new ObjectId());
            } else {
                String s = (String) token;
                fresh.put(s, s.startsWith(codePrefix) && s.length() == codePrefix.length() + codeLength
                        ? freshCode() : UUID.randomUUID().toString());
            }
        }
        return fresh;
    }

    private String freshCode() {
        while (true) {
            StringBuilder sb = new StringBuilder(codePrefix);
            for (int i = 0; i < codeLength; i++) {
                sb.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
            }
            if (issuedCodes.add(sb.toString())) {
                return sb.toString();
            }
        }
    }

    private Object copy(Object value, Map<Object, Object> fresh) {
        if (value instanceof String s) {
            return replace(s, fresh);
        }
        if (value instanceof Map<?, ?> map) {
            Document d = new Document();
            for (var e : map.entrySet()) {
                d.put(replace((String) e.getKey(), fresh), copy(e.getValue(), fresh));
            }
            return d;
        }
        if (value instanceof List<?> list) {
            List<Object> l = new ArrayList<>(list.size());
            list.forEach(v -> l.add(copy(v, fresh)));
            return l;
        }
        if (value instanceof ObjectId) {
            return fresh.getOrDefault(value, value);
        }
        return value; // numbers, dates, booleans, binaries, null: unchanged
    }

    private String replace(String s, Map<Object, Object> fresh) {
        if (s.indexOf('-') < 0) {
            return s;
        }
        Matcher m = tokenPattern.matcher(s);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            Object replacement = fresh.get(m.group());
            if (replacement != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length());
                }
                sb.append(s, last, m.start()).append(replacement);
                last = m.end();
            }
        }
        if (sb == null) {
            return s;
        }
        return sb.append(s, last, s.length()).toString();
    }

    // --- unique indexes ----------------------------------------------------------------------------------------

    private void planUniqueIndexes() {
        Map<Location, List<UniqueIndex>> indexes = new HashMap<>();
        for (int s = 0; s < templates.size(); s++) {
            Map<Object, Object> trial = freshValues(s);
            for (Template t : templates.get(s)) {
                List<UniqueIndex> unique = indexes.computeIfAbsent(t.where(), this::uniqueIndexes);
                Document clone = (Document) copy(t.doc(), trial);
                for (UniqueIndex index : unique) {
                    List<Object> before = key(t.doc(), index);
                    if (index.sparse() && before.stream().allMatch(Objects::isNull)) {
                        continue;
                    }
                    if (!before.equals(key(clone, index))) {
                        continue;
                    }
                    String numeric = index.fields().stream().filter(f -> valueAt(t.doc(), f) instanceof Number)
                            .findFirst().orElse(null);
                    if (numeric == null) {
                        // e.g. a team feed entry "<team>#<seq>": the team's state, numbered by the service itself;
                        // a clone would take a number the service gives out next, so it is not cloned
                        unclonable.add(t);
                        unclonableByCollection.merge(t.where().name() + " (" + index.name() + " " + before + "…)",
                                1, Integer::sum);
                        break;
                    }
                    sequencePlans.computeIfAbsent(t.where().name(), k -> new IdentityHashMap<>())
                            .put(t.doc(), new SequencePlan(t.where(), index, numeric));
                }
            }
        }
    }

    private List<UniqueIndex> uniqueIndexes(Location where) {
        List<UniqueIndex> out = new ArrayList<>();
        out.add(new UniqueIndex("_id_", List.of("_id"), false));
        for (Document index : mongo.getDatabase(where.db()).getCollection(where.collection()).listIndexes()) {
            if (Boolean.TRUE.equals(index.get("unique"))) {
                List<String> fields = new ArrayList<>(index.get("key", Document.class).keySet());
                if (!fields.equals(List.of("_id"))) {
                    out.add(new UniqueIndex(index.getString("name"), fields, Boolean.TRUE.equals(index.get("sparse"))));
                }
            }
        }
        return out;
    }

    private void renumber(Template template, Document clone) {
        Map<Document, SequencePlan> plans = sequencePlans.get(template.where().name());
        SequencePlan plan = plans == null ? null : plans.get(template.doc());
        if (plan == null) {
            return;
        }
        Document group = new Document();
        for (String f : plan.index().fields()) {
            if (!f.equals(plan.field())) {
                group.put(f, valueAt(clone, f));
            }
        }
        String key = plan.where().name() + "|" + plan.index().name() + "|" + group.toJson();
        long[] next = sequenceNext.computeIfAbsent(key, k -> {
            Document top = mongo.getDatabase(plan.where().db()).getCollection(plan.where().collection())
                    .find(group).sort(Sorts.descending(plan.field())).limit(1).first();
            Object max = top == null ? null : valueAt(top, plan.field());
            return new long[] {max instanceof Number n ? n.longValue() + 1 : 1};
        });
        long value = next[0]++;
        Object old = valueAt(template.doc(), plan.field());
        setAt(clone, plan.field(), old instanceof Integer && value <= Integer.MAX_VALUE ? (Object) (int) value : value);
    }

    private static List<Object> key(Document doc, UniqueIndex index) {
        List<Object> key = new ArrayList<>();
        index.fields().forEach(f -> key.add(valueAt(doc, f)));
        return key;
    }

    private static Object valueAt(Document doc, String path) {
        Object v = doc;
        for (String part : path.split("\\.")) {
            if (!(v instanceof Map<?, ?> m)) {
                return null;
            }
            v = m.get(part);
        }
        return v;
    }

    private static void setAt(Document doc, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> m = doc;
        for (int i = 0; i < parts.length - 1; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> next = (Map<String, Object>) m.get(parts[i]);
            m = next;
        }
        m.put(parts[parts.length - 1], value);
    }
}
