package vn.gov.daklak.platform.standin;

import java.time.Clock;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

import io.netty.channel.Channel;

/** mongo-java-server's in-memory backend, reading by key whenever a filter pins one. For tests. */
public final class KeyedMemoryBackend extends MemoryBackend {

    public KeyedMemoryBackend() {
    }

    public KeyedMemoryBackend(Clock clock) {
        super(clock);
    }

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    private static final class Database extends MemoryDatabase {

        Database(String databaseName, CursorRegistry cursors) {
            super(databaseName, cursors);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new KeyedMemoryCollection(this, collectionName, options, cursorRegistry);
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
