package vn.gov.daklak.platform.standin;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

import io.netty.channel.Channel;

/**
 * mongo-java-server's in-memory backend, reading by key whenever a filter pins one. For tests, which may also listen
 * to the reads that found no key ({@link #listen}).
 */
public final class KeyedMemoryBackend extends MemoryBackend {

    private final List<UnkeyedReadListener> listeners = new CopyOnWriteArrayList<>();
    private final UnkeyedReadListener unkeyed = (database, collection, fields, filter) -> listeners.forEach(
            listener -> listener.unkeyed(database, collection, fields, filter));

    public KeyedMemoryBackend() {
    }

    public KeyedMemoryBackend(Clock clock) {
        super(clock);
    }

    /** Tells {@code listener} of every read without a key until the returned handle is closed. */
    public AutoCloseable listen(UnkeyedReadListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry(), unkeyed);
    }

    private static final class Database extends MemoryDatabase {
        private final UnkeyedReadListener unkeyed;

        Database(String databaseName, CursorRegistry cursors, UnkeyedReadListener unkeyed) {
            super(databaseName, cursors);
            this.unkeyed = unkeyed;
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            // called by the superclass's constructor too, before this class's fields are set: that is only for the
            // server's own collections (system.*), which are never reported
            UnkeyedReadListener listener = unkeyed != null ? unkeyed : (database, collection, fields, filter) -> { };
            return new KeyedMemoryCollection(this, collectionName, options, cursorRegistry, listener);
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
