package vn.gov.daklak.platform.test.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * The unique indexes of each collection (their key fields), asked of the server with {@code listIndexes} through a
 * client of its own and cached until a command changes the collection's indexes.
 */
final class UniqueIndexes {

    private final Map<ServerAddress, MongoClient> clients = new ConcurrentHashMap<>();
    private final Map<String, List<List<String>>> byNamespace = new ConcurrentHashMap<>();

    List<List<String>> of(ServerAddress server, String database, String collection) {
        return byNamespace.computeIfAbsent(server + "/" + database + "." + collection,
                namespace -> list(server, database, collection));
    }

    void forget(String database, String collection) {
        byNamespace.keySet().removeIf(namespace -> namespace.endsWith("/" + database + "." + collection));
    }

    void forgetDatabase(String database) {
        byNamespace.keySet().removeIf(namespace -> namespace.contains("/" + database + "."));
    }

    void close() {
        clients.values().forEach(MongoClient::close);
        clients.clear();
    }

    private List<List<String>> list(ServerAddress server, String database, String collection) {
        List<List<String>> unique = new ArrayList<>();
        for (Document index : client(server).getDatabase(database).getCollection(collection).listIndexes()) {
            if (Boolean.TRUE.equals(index.get("unique"))) {
                unique.add(List.copyOf(index.get("key", Document.class).keySet()));
            }
        }
        return unique;
    }

    private MongoClient client(ServerAddress server) {
        return clients.computeIfAbsent(server, address -> MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://" + address + "/?directConnection=true"))
                .build()));
    }
}
