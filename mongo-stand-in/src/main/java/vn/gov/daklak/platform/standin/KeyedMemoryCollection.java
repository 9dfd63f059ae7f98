package vn.gov.daklak.platform.standin;

import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.bson.Document;

/** An in-memory collection that reads by key whenever the filter pins one (see {@link KeyLookup}). */
final class KeyedMemoryCollection extends MemoryCollection implements DocumentsExamined {

    private final LongAdder examined = new LongAdder();
    private final UnkeyedReadListener unkeyed;

    KeyedMemoryCollection(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors,
                          UnkeyedReadListener unkeyed) {
        super(database, name, options, cursors);
        this.unkeyed = unkeyed;
    }

    @Override
    protected QueryResult queryDocuments(Document filter, Document orderBy, int skip, int limit, int batchSize,
                                         Document projection) {
        return KeyLookup.positions(getIndexes(), filter, orderBy)
                .map(positions -> matchDocuments(filter, positions, orderBy, skip, limit, batchSize, projection))
                .orElseGet(() -> {
                    report(filter);
                    return super.queryDocuments(filter, orderBy, skip, limit, batchSize, projection);
                });
    }

    private void report(Document filter) {
        if (!getCollectionName().startsWith("system.")) {
            Set<String> fields = filter == null ? Set.of() : Set.copyOf(filter.keySet());
            unkeyed.unkeyed(getDatabaseName(), getCollectionName(), fields, String.valueOf(filter));
        }
    }

    @Override
    protected boolean documentMatchesQuery(Document document, Document filter) {
        examined.increment();
        return super.documentMatchesQuery(document, filter);
    }

    @Override
    public long documentsExamined() {
        return examined.sum();
    }
}
