package vn.gov.daklak.platform.standin;

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

    KeyedMemoryCollection(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
        super(database, name, options, cursors);
    }

    @Override
    protected QueryResult queryDocuments(Document filter, Document orderBy, int skip, int limit, int batchSize,
                                         Document projection) {
        return KeyLookup.positions(getIndexes(), filter, orderBy)
                .map(positions -> matchDocuments(filter, positions, orderBy, skip, limit, batchSize, projection))
                .orElseGet(() -> super.queryDocuments(filter, orderBy, skip, limit, batchSize, projection));
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
