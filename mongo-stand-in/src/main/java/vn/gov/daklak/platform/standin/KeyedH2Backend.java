package vn.gov.daklak.platform.standin;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

import io.netty.channel.Channel;

/**
 * mongo-java-server's H2 backend (data in an MVStore file), reading by key whenever a filter pins one. The maps are
 * named as {@link H2Database} names them, so a file written by the plain backend opens unchanged.
 */
public final class KeyedH2Backend extends H2Backend {

    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";

    /** Opens (or creates) the MVStore file; null keeps it in memory. */
    public KeyedH2Backend(String fileName) {
        super(MVStore.open(fileName));
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
            MVMap<Object, Document> data = getMvStore().openMap(DATA_PREFIX + fullName);
            MVMap<String, Object> meta = getMvStore().openMap(META_PREFIX + fullName);
            return new KeyedH2Collection(this, collectionName, options, data, meta, cursorRegistry);
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
