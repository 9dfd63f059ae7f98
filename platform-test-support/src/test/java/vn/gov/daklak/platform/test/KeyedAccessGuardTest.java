package vn.gov.daklak.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;
import vn.gov.daklak.platform.standin.KeyedMemoryBackend;
import vn.gov.daklak.platform.test.mongo.KeyedAccessExemption;
import vn.gov.daklak.platform.test.mongo.KeyedAccessGuard;
import vn.gov.daklak.platform.test.mongo.KeyedAccessWatch;

/** The guard records exactly the commands whose filter pins neither _id nor a unique key, unless exempted. */
class KeyedAccessGuardTest {

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> reports;

    @BeforeEach
    void connect() {
        server = new MongoServer(new KeyedMemoryBackend());
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .addCommandListener(KeyedAccessGuard.shared()).build());
        reports = client.getDatabase("guard_check").getCollection("reports");
        reports.createIndex(Indexes.ascending("trackingCode"), new IndexOptions().unique(true));
        reports.createIndex(Indexes.ascending("teamId", "seq"), new IndexOptions().unique(true));
        reports.createIndex(Indexes.ascending("status")); // not unique: no key
        reports.insertOne(new Document("_id", "r1").append("trackingCode", "DL-1").append("teamId", "t")
                .append("seq", 1).append("status", "OPEN").append("version", 1L));
    }

    @AfterEach
    void disconnect() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void readsByIdOrUniqueKeyAreKeyed() {
        try (KeyedAccessWatch watch = KeyedAccessGuard.shared().watch()) {
            reports.find(Filters.and(Filters.eq("_id", "r1"), Filters.eq("version", 1L))).first();
            reports.find(Filters.and(Filters.in("_id", "r1", "r2"), Filters.ne("status", "CLOSED"))).first();
            reports.find(Filters.and(Filters.eq("trackingCode", "DL-1"), Filters.exists("status"))).first();
            reports.find(Filters.and(Filters.eq("teamId", "t"), Filters.eq("seq", 1))).first();
            reports.updateOne(Filters.and(Filters.eq("_id", "r1"), Filters.ne("applied", "e1")),
                    Updates.push("applied", "e1"));
            reports.deleteOne(Filters.and(Filters.eq("_id", "r9"), Filters.eq("status", "OPEN")));
            reports.findOneAndUpdate(Filters.eq("_id", "r1"), Updates.inc("version", 1L));
            reports.countDocuments(Filters.eq("_id", "r1"));
            reports.estimatedDocumentCount();
            assertThat(watch.violations()).isEmpty();
        }
    }

    @Test
    void everyCommandThatScansIsRecordedWithItsFilterAndCaller() {
        KeyedAccessWatch watch = KeyedAccessGuard.shared().watch();
        reports.find(Filters.eq("status", "OPEN")).first();
        reports.find(Filters.eq("teamId", "t")).first(); // half of a compound unique key
        reports.find(Filters.or(Filters.eq("_id", "r1"), Filters.eq("_id", "r2"))).first();
        reports.find(Filters.eq("_id", null)).first();
        reports.updateMany(Filters.eq("status", "OPEN"), Updates.set("status", "SEEN"));
        reports.deleteMany(Filters.lt("seq", 0));
        reports.countDocuments(Filters.eq("status", "SEEN"));
        reports.aggregate(List.of(new Document("$group", new Document("_id", "$status")))).first();
        reports.distinct("status", Filters.exists("status"), String.class).first();

        assertThat(watch.violations()).hasSize(9);
        assertThat(watch.violations().get(0)).startsWith("find on guard_check.reports without a key, filter "
                + "{\"status\": \"OPEN\"}, from " + KeyedAccessGuardTest.class.getName()
                + "#everyCommandThatScansIsRecordedWithItsFilterAndCaller");
        assertThatThrownBy(watch::close).isInstanceOf(AssertionError.class)
                .hasMessageContaining("9 MongoDB command(s)").hasMessageContaining("\"updates\"");
    }

    @Test
    void anExemptionCoversOnlyTheCodeItNames() {
        KeyedAccessExemption sweep = KeyedAccessExemption.of(getClass().getName() + "#sweep", "a scheduled sweep");
        try (KeyedAccessWatch watch = KeyedAccessGuard.shared().watch(sweep)) {
            sweep();
            assertThat(watch.violations()).isEmpty();
        }
        KeyedAccessWatch watch = KeyedAccessGuard.shared().watch(sweep);
        reports.find(Filters.eq("status", "OPEN")).first();
        assertThat(watch.violations()).hasSize(1);
        assertThatThrownBy(watch::close).isInstanceOf(AssertionError.class);
    }

    @Test
    void aUniqueIndexCreatedLaterCountsAsAKey() {
        try (KeyedAccessWatch watch = KeyedAccessGuard.shared().watch()) {
            reports.find(Filters.eq("trackingCode", "DL-1")).first();
            assertThat(watch.violations()).isEmpty();
        }
        reports.createIndex(Indexes.ascending("phoneKey"), new IndexOptions().unique(true).sparse(true));
        try (KeyedAccessWatch watch = KeyedAccessGuard.shared().watch()) {
            reports.find(Filters.eq("phoneKey", "k")).first();
            assertThat(watch.violations()).isEmpty();
        }
    }

    @Test
    void nothingIsRecordedWithoutAWatch() {
        reports.find(Filters.eq("status", "OPEN")).first();
        try (KeyedAccessWatch watch = KeyedAccessGuard.shared().watch()) {
            assertThat(watch.violations()).isEmpty();
        }
    }

    private void sweep() {
        reports.find(Filters.eq("status", "OPEN")).first();
    }
}
