package vn.gov.daklak.platform.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.function.Function;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
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
