package vn.gov.daklak.platform.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written by the keyed (or the plain) H2 backend reopens with its documents and unique indexes, and reads by key. */
class KeyedH2FileTest {

    @TempDir
    Path dataDir;

    @Test
    void reopenedFileReadsByKey() {
        reopensWrittenBy(KeyedH2Backend::new);
    }

    @Test
    void fileOfThePlainBackendOpensUnchanged() {
        reopensWrittenBy(H2Backend::new);
    }

    /** Documents are kept as BSON: every type a service stores comes back as it was written, after a restart. */
    @Test
    void documentsOfEveryTypeSurviveARestart() {
        String file = dataDir.resolve("mongo.mv.db").toString();
        Document report = new Document("_id", "r1")
                .append("title", "Cây đổ chắn ngang đường Lê Duẩn")
                .append("version", 3L).append("reopenCount", 0).append("lat", 12.6675)
                .append("submittedAt", Date.from(Instant.parse("2026-12-02T01:02:03.456Z")))
                .append("photoId", new ObjectId()).append("urgent", true).append("resolution", null)
                .append("assignment", new Document("teamId", "66-25000-cdt").append("deadlines", List.of(1, 2)))
                .append("timeline", List.of(new Document("status", "SUBMITTED"), new Document("status", "ROUTED")))
                .append("thumbnail", new Binary(new byte[] {1, 2, 3}))
                .append("key", new Binary((byte) 4, new byte[16]));
        try (StandInServer standIn = new StandInServer(() -> new KeyedH2Backend(file))) {
            standIn.collection("reports").insertOne(report);
        }
        try (StandInServer standIn = new StandInServer(() -> new KeyedH2Backend(file))) {
            assertThat(standIn.collection("reports").find(Filters.eq("_id", "r1")).first()).isEqualTo(report);
        }
    }

    /**
     * Documents changed by several clients while H2 writes pages in the background: the writer never sees a document
     * being changed (it once failed with a ConcurrentModificationException and closed the store), nothing is lost.
     */
    @Test
    void documentsChangedWhileTheStoreWritesThemAreAllKept() throws Exception {
        String file = dataDir.resolve("mongo.mv.db").toString();
        int documents = 20;
        int updatesPerThread = 400;
        try (StandInServer standIn = new StandInServer(() -> new KeyedH2Backend(file))) {
            MongoCollection<Document> reports = standIn.collection("reports");
            for (int i = 0; i < documents; i++) {
                reports.insertOne(new Document("_id", "r" + i).append("version", 0).append("timeline", List.of()));
            }
            ExecutorService clients = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    done.add(clients.submit(() -> {
                        for (int u = 0; u < updatesPerThread; u++) {
                            reports.updateOne(Filters.eq("_id", "r" + u % documents), Updates.combine(
                                    Updates.inc("version", 1), Updates.push("timeline", new Document("n", u))));
                        }
                    }));
                }
                for (Future<?> client : done) {
                    client.get(2, TimeUnit.MINUTES);
                }
            } finally {
                clients.shutdownNow();
            }
        }
        try (StandInServer standIn = new StandInServer(() -> new KeyedH2Backend(file))) {
            int versions = 0;
            for (Document report : standIn.collection("reports").find()) {
                versions += report.getInteger("version");
                assertThat(report.getList("timeline", Document.class)).hasSize(report.getInteger("version"));
            }
            assertThat(versions).isEqualTo(4 * updatesPerThread);
        }
    }

    /** A document the plain backend wrote, changed by the keyed one, is read after the next restart. */
    @Test
    void documentOfThePlainBackendIsRewrittenOnChange() {
        String file = dataDir.resolve("mongo.mv.db").toString();
        try (StandInServer standIn = new StandInServer(() -> new H2Backend(file))) {
            standIn.collection("reports").insertOne(new Document("_id", "r1").append("status", "SUBMITTED"));
            standIn.collection("reports").insertOne(new Document("_id", "r2").append("status", "SUBMITTED"));
        }
        try (StandInServer standIn = new StandInServer(() -> new KeyedH2Backend(file))) {
            standIn.collection("reports").updateOne(Filters.eq("_id", "r1"), Updates.set("status", "ROUTED"));
        }
        try (StandInServer standIn = new StandInServer(() -> new KeyedH2Backend(file))) {
            assertThat(standIn.collection("reports").find().sort(new Document("_id", 1))
                    .map(d -> d.getString("status")).into(new ArrayList<>())).containsExactly("ROUTED", "SUBMITTED");
        }
    }

    private void reopensWrittenBy(Function<String, MongoBackend> writer) {
        String file = dataDir.resolve("mongo.mv.db").toString();
        try (StandInServer standIn = new StandInServer(() -> writer.apply(file))) {
            standIn.collection("reports").createIndex(Indexes.ascending("trackingCode"), new IndexOptions().unique(true));
            for (int i = 0; i < 50; i++) {
                standIn.collection("reports").insertOne(new Document("_id", "r" + i).append("trackingCode", "DL-" + i));
            }
        }
        try (StandInServer standIn = new StandInServer(() -> new KeyedH2Backend(file))) {
            long examined = standIn.examinedBy("reports", () -> assertThat(standIn.collection("reports")
                    .find(Filters.and(Filters.eq("trackingCode", "DL-7"), Filters.exists("_id"))).first())
                    .containsEntry("_id", "r7"));
            assertThat(examined).isEqualTo(1);
            assertThatThrownBy(() -> standIn.collection("reports")
                    .insertOne(new Document("_id", "other").append("trackingCode", "DL-7")))
                    .isInstanceOf(MongoWriteException.class);
        }
    }
}
