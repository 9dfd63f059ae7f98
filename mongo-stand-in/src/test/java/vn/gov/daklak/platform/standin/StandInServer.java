package vn.gov.daklak.platform.standin;

import java.util.function.Supplier;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;

/** A stand-in server on a free port with a driver client, and the count of documents one collection examined. */
final class StandInServer implements AutoCloseable {

    static final String DATABASE = "keys_check";

    private final MongoBackend backend;
    private final MongoServer server;
    private final MongoClient client;

    StandInServer(Supplier<MongoBackend> backend) {
        this.backend = backend.get();
        this.server = new MongoServer(this.backend);
        this.client = MongoClients.create(server.bindAndGetConnectionString());
    }

    MongoCollection<Document> collection(String name) {
        return client.getDatabase(DATABASE).getCollection(name);
    }

    long examined(String collection) {
        return ((DocumentsExamined) backend.resolveDatabase(DATABASE).resolveCollection(collection, true))
                .documentsExamined();
    }

    /** Documents examined while {@code action} ran. */
    long examinedBy(String collection, Runnable action) {
        long before = examined(collection);
        action.run();
        return examined(collection) - before;
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
