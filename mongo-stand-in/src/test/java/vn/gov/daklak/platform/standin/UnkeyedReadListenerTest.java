package vn.gov.daklak.platform.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The memory backend tells its listeners of each read that found no key, and of nothing else. */
class UnkeyedReadListenerTest {

    @Test
    void onlyReadsWithoutAKeyAreReported() throws Exception {
        KeyedMemoryBackend backend = new KeyedMemoryBackend();
        List<String> heard = new CopyOnWriteArrayList<>();
        try (StandInServer standIn = new StandInServer(() -> backend);
             AutoCloseable listening = backend.listen((db, collection, fields, filter) ->
                     heard.add(db + "." + collection + " " + fields + " " + filter))) {
            var reports = standIn.collection("reports");
            reports.insertOne(new Document("_id", "r1").append("status", "OPEN"));
            reports.find(Filters.and(Filters.eq("_id", "r1"), Filters.eq("status", "OPEN"))).first();
            reports.updateOne(Filters.eq("_id", "r1"), Updates.set("status", "SEEN"));
            assertThat(heard).isEmpty();

            reports.find(Filters.eq("status", "SEEN")).first();
            reports.deleteMany(Filters.exists("status", false));
            assertThat(heard).hasSize(2).allMatch(line -> line.startsWith(StandInServer.DATABASE + ".reports "));
            assertThat(heard.get(0)).contains("[status]").contains("SEEN");
        }
    }
}
