package vn.gov.daklak.platform.standin;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

import io.netty.channel.Channel;

/**
 * mongo-java-server's H2 backend (data in an MVStore file), reading by key whenever a filter pins one, and keeping
 * documents as BSON ({@link BsonDocumentType}) and unique-index keys in MongoDB's order ({@link KeyValueType}) rather
 * than Java-serialised. Collections are named as {@link H2Database} names them, so a file written by the plain
 * backend opens with its documents (read in either format) and indexes (copied once into the keyed maps).
 */
public final class KeyedH2Backend extends H2Backend {

    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";
    /** {@code <db>.<collection>._index_<name>}: a unique index as the plain backend keeps it. */
    private static final String PLAIN_INDEX_INFIX = "._index_";
    private static final String INDEX_INFIX = "._keyed_index_";

    /**
     * How long the file keeps chunks of older versions. A read that walks a whole collection (a recovery sweep, a
     * listing) reads the version it started on; H2's default of 45 s let the background writer reuse that version's
     * chunks under load, and the walk failed with "Chunk … not found". Longer than any such walk.
     */
    static final int RETENTION_MILLIS = 10 * 60 * 1000;

    /** Opens (or creates) the MVStore file; null keeps it in memory. */
    public KeyedH2Backend(String fileName) {
        super(open(fileName));
    }

    private static MVStore open(String fileName) {
        MVStore store = MVStore.open(fileName);
        if (fileName != null) {
            store.setRetentionTime(RETENTION_MILLIS);
        }
        return store;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /**
     * Inner (not static): {@link H2Database}'s constructor already opens collections, before a field of a subclass
     * could be set; the enclosing backend, which holds the store, is reachable from the start.
     */
    private final class Database extends H2Database {

        Database(String databaseName, MVStore store, CursorRegistry cursors) {
            super(databaseName, store, cursors);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore().openMap(DATA_PREFIX + fullName,
                    new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
            MVMap<String, Object> meta = getMvStore().openMap(META_PREFIX + fullName);
            return new KeyedH2Collection(this, collectionName, options, data, meta, cursorRegistry);
        }

        /**
         * A unique index in a map of its own name ({@link KeyValueType} keys are ordered differently from the plain
         * backend's); the plain backend's map of the same index, if the file has one, is copied over once and removed.
         */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            MVStore store = getMvStore();
            MVMap<KeyValue, Object> map = store.openMap(indexMapName(collectionName, indexName),
                    new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE));
            String plain = getFullCollectionNamespace(collectionName) + PLAIN_INDEX_INFIX + indexName;
            if (store.hasMap(plain)) {
                MVMap<KeyValue, Object> written = store.openMap(plain);
                written.forEach(map::put);
                store.removeMap(written);
            }
            return new KeyedH2UniqueIndex(map, indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            getMvStore().removeMap(indexMapName(collection.getCollectionName(), indexName));
        }

        private String indexMapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + INDEX_INFIX + indexName;
        }

        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
                                      Oplog oplog) {
            Document keyed = KeyedAggregate.answer(this, command, query, resolver, oplog);
            if (keyed == null) {
                return super.handleCommand(channel, command, query, resolver, oplog);
            }
            clearLastStatus(channel);
            return keyed;
        }
    }
}
