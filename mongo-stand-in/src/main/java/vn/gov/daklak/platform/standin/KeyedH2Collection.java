package vn.gov.daklak.platform.standin;

import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A collection in an H2 file that reads by key whenever the filter pins one (see {@link KeyLookup}): a full scan
 * here deserialises every document of the collection from the file.
 */
final class KeyedH2Collection extends H2Collection implements DocumentsExamined {

    private final LongAdder examined = new LongAdder();
    private final MVMap<Object, Document> data;

    KeyedH2Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                      MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, data, meta, cursors);
        this.data = data;
    }

    /**
     * A copy: the server changes a document it updates in place (as suits its memory backend) before putting it back,
     * while H2's background writer may be writing the very instance the map holds — which failed the writer with a
     * {@code ConcurrentModificationException} under load and closed the store.
     */
    @Override
    protected Document getDocument(Object position) {
        Document document = super.getDocument(position);
        return document == null ? null : document.cloneDeeply();
    }

    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        return super.streamAllDocumentsWithPosition()
                .map(d -> new DocumentWithPosition<>(d.getDocument().cloneDeeply(), d.getPosition()));
    }

    /** A full scan, on copies (see {@link #getDocument}). */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                         Document projection) {
        if (isNaturalDescending(orderBy)) {
            return super.matchDocuments(query, orderBy, skip, limit, batchSize, projection); // via the stream above
        }
        return matchDocumentsFromStream(data.values().stream().map(Document::cloneDeeply), query, orderBy, skip,
                limit, batchSize, projection);
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
