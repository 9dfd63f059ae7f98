package vn.gov.daklak.platform.test.mongo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.BsonDocument;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;

/**
 * The rule "a report's path reads and writes by key", checked on every command a service sends: each filter of a
 * find, update, delete, findAndModify, count, distinct or aggregate must pin {@code _id} or every field of a unique
 * index of its collection (see {@link KeyedFilter}). Registered in every test application context with MongoDB (see
 * {@link KeyedAccessAutoConfiguration}); it records only while a test has a {@link #watch} open, and only what no
 * {@link KeyedAccessExemption} of that watch covers.
 */
public final class KeyedAccessGuard implements CommandListener {

    private static final KeyedAccessGuard SHARED = new KeyedAccessGuard();
    private static final Set<String> INDEX_CHANGES = Set.of("createIndexes", "dropIndexes", "drop");

    private final UniqueIndexes uniqueIndexes = new UniqueIndexes();
    private final List<KeyedAccessWatch> watches = new CopyOnWriteArrayList<>();
    private final Map<Long, String[]> pendingIndexChanges = new ConcurrentHashMap<>();

    private KeyedAccessGuard() {
        Runtime.getRuntime().addShutdownHook(new Thread(uniqueIndexes::close));
    }

    /** The one guard of this JVM: services in tests share the same MongoDB endpoint. */
    public static KeyedAccessGuard shared() {
        return SHARED;
    }

    /**
     * Starts recording commands that read without a key, from any thread, until the watch is closed; closing it fails
     * the test with every such command. The exemptions name the code that may do so while it runs.
     */
    public KeyedAccessWatch watch(KeyedAccessExemption... exemptions) {
        return watch(List.of(exemptions));
    }

    public KeyedAccessWatch watch(List<KeyedAccessExemption> exemptions) {
        KeyedAccessWatch watch = new KeyedAccessWatch(exemptions, watches::remove);
        watches.add(watch);
        return watch;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String command = event.getCommandName();
        BsonDocument body = event.getCommand();
        if (INDEX_CHANGES.contains(command) && body.isString(command)) {
            pendingIndexChanges.put((long) event.getRequestId(),
                    new String[] {event.getDatabaseName(), body.getString(command).getValue()});
        } else if (command.equals("dropDatabase")) {
            uniqueIndexes.forgetDatabase(event.getDatabaseName());
        }
        if (watches.isEmpty()) {
            return;
        }
        try {
            inspect(event, command, body);
        } catch (RuntimeException e) {
            // the driver would only log a listener's exception: make it fail the watch instead
            watches.forEach(watch -> watch.failed(command, e));
        }
    }

    private void inspect(CommandStartedEvent event, String command, BsonDocument body) {
        for (FilteredCommand filtered : FilteredCommand.of(command, event.getDatabaseName(), body)) {
            KeyedFilter filter = KeyedFilter.of(filtered.filter());
            if (filter.pinsId() || filter.pinsAny(uniqueIndexes.of(event.getConnectionDescription().getServerAddress(),
                    filtered.database(), filtered.collection()))) {
                continue;
            }
            watches.forEach(watch -> watch.unkeyed(filtered, body));
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        String[] namespace = pendingIndexChanges.remove((long) event.getRequestId());
        if (namespace != null) {
            uniqueIndexes.forget(namespace[0], namespace[1]);
        }
    }
}
