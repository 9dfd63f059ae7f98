package vn.gov.daklak.platform.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoBackend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Filters that pin {@code _id} or a unique key plus other conditions give MongoDB's answers and examine only the
 * documents of that key, on both backends; filters without a key still scan (and still answer correctly).
 */
class KeyedStandInTest {

    private static final int REPORTS = 500;
    private static final String REPORTS_COLLECTION = "reports";

    private StandInServer standIn;
    private MongoCollection<Document> reports;

    static Stream<Arguments> backends() {
        return Stream.of(
                Arguments.of("memory", (Supplier<MongoBackend>) KeyedMemoryBackend::new),
                Arguments.of("h2", (Supplier<MongoBackend>) () -> new KeyedH2Backend(null)));
    }

    private void open(Supplier<MongoBackend> backend) {
        standIn = new StandInServer(backend);
        reports = standIn.collection(REPORTS_COLLECTION);
        reports.createIndex(Indexes.ascending("trackingCode"), new IndexOptions().unique(true));
        reports.createIndex(Indexes.ascending("teamId", "sequence"), new IndexOptions().unique(true));
        List<Document> documents = new ArrayList<>();
        IntStream.range(0, REPORTS).forEach(i -> documents.add(new Document("_id", "r" + i)
                .append("trackingCode", "DL-" + i)
                .append("teamId", "team-" + (i % 5))
                .append("sequence", i)
                .append("status", i % 2 == 0 ? "OPEN" : "CLOSED")
                .append("version", 3L)
                .append("appliedEventIds", List.of("e" + i))));
        reports.insertMany(documents);
    }

    @AfterEach
    void close() {
        standIn.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void idWithVersionFindsByKey(String name, Supplier<MongoBackend> backend) {
        open(backend);
        assertFoundByKey(Filters.and(Filters.eq("_id", "r7"), Filters.eq("version", 3L)), "r7");
        assertFoundByKey(Filters.and(Filters.eq("_id", "r7"), Filters.eq("version", 4L)));
        assertFoundByKey(Filters.and(Filters.eq("_id", "r8"), Filters.ne("appliedEventIds", "e9")), "r8");
        assertFoundByKey(Filters.and(Filters.eq("_id", "r8"), Filters.ne("appliedEventIds", "e8")));
        // the driver sends {$and: [...]} when a field repeats; an int finds a long as on MongoDB
        assertFoundByKey(new Document("$and", List.of(new Document("_id", "r9"), new Document("sequence", 9))), "r9");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void idInListWithOtherConditionsFindsByKey(String name, Supplier<MongoBackend> backend) {
        open(backend);
        assertFoundByKey(Filters.and(Filters.in("_id", "r1", "r2", "r4", "missing"), Filters.eq("status", "OPEN")),
                "r2", "r4");
        assertFoundByKey(new Document("_id", new Document("$eq", "r3")).append("status", "CLOSED"), "r3");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void uniqueKeysWithOtherConditionsFindByKey(String name, Supplier<MongoBackend> backend) {
        open(backend);
        assertFoundByKey(Filters.and(Filters.eq("trackingCode", "DL-12"), Filters.eq("status", "OPEN")), "r12");
        assertFoundByKey(Filters.and(Filters.eq("teamId", "team-3"), Filters.eq("sequence", 13),
                Filters.exists("status")), "r13");
        assertFoundByKey(Filters.and(Filters.eq("teamId", "team-2"), Filters.eq("sequence", 13)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void filtersWithoutKeyStillScanAndAnswer(String name, Supplier<MongoBackend> backend) {
        open(backend);
        long examined = standIn.examinedBy(REPORTS_COLLECTION, () ->
                assertThat(reports.countDocuments(Filters.eq("teamId", "team-1"))).isEqualTo(REPORTS / 5));
        assertThat(examined).isEqualTo(REPORTS);
        // a part of the filter that cannot be a key (null, $or) is not used as one, but the answer is right
        assertThat(ids(Filters.and(Filters.eq("_id", "r5"), Filters.eq("absent", null)))).containsExactly("r5");
        assertThat(ids(Filters.or(Filters.eq("_id", "r5"), Filters.eq("_id", "r6")))).containsExactly("r5", "r6");
        assertThat(ids(Filters.and(Filters.eq("trackingCode", null), Filters.eq("_id", "r5")))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void conditionalUpdateByKey(String name, Supplier<MongoBackend> backend) {
        open(backend);
        Bson current = Filters.and(Filters.eq("_id", "r20"), Filters.eq("version", 3L));
        Bson change = Updates.combine(Updates.set("status", "RESOLVED"), Updates.inc("version", 1L));
        long examined = standIn.examinedBy(REPORTS_COLLECTION, () -> {
            assertThat(reports.updateOne(current, change).getModifiedCount()).isEqualTo(1);
            assertThat(reports.updateOne(current, change).getMatchedCount()).isZero(); // stale copy
        });
        assertThat(examined).isLessThanOrEqualTo(2);
        assertThat(reports.find(Filters.eq("_id", "r20")).first())
                .containsEntry("status", "RESOLVED").containsEntry("version", 4L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void eventAppliedOnceByKey(String name, Supplier<MongoBackend> backend) {
        open(backend);
        Bson notYetApplied = Filters.and(Filters.eq("_id", "r30"), Filters.ne("appliedEventIds", "e-new"));
        Bson apply = Updates.combine(Updates.push("appliedEventIds", "e-new"), Updates.inc("version", 1L));
        long examined = standIn.examinedBy(REPORTS_COLLECTION, () -> {
            assertThat(reports.updateOne(notYetApplied, apply).getModifiedCount()).isEqualTo(1);
            assertThat(reports.updateOne(notYetApplied, apply).getMatchedCount()).isZero();
        });
        assertThat(examined).isLessThanOrEqualTo(2);
        assertThat(reports.find(Filters.eq("_id", "r30")).first().getList("appliedEventIds", String.class))
                .containsExactly("e30", "e-new");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void upsertByKeyInsertsOnceAndRefusesLikeMongoDb(String name, Supplier<MongoBackend> backend) {
        open(backend);
        Bson notYetApplied = Filters.and(Filters.eq("_id", "new"), Filters.ne("appliedEventIds", "e1"));
        Bson apply = Updates.combine(Updates.addToSet("appliedEventIds", "e1"), Updates.setOnInsert("status", "OPEN"));
        long examined = standIn.examinedBy(REPORTS_COLLECTION, () -> {
            UpdateResult inserted = reports.updateOne(notYetApplied, apply, new UpdateOptions().upsert(true));
            assertThat(inserted.getUpsertedId()).isNotNull();
            // MongoDB answers a second upsert whose other condition fails with a duplicate _id: the event was applied
            assertThatThrownBy(() -> reports.updateOne(notYetApplied, apply, new UpdateOptions().upsert(true)))
                    .isInstanceOf(MongoWriteException.class)
                    .satisfies(e -> assertThat(((MongoWriteException) e).getError().getCode()).isEqualTo(11000));
        });
        assertThat(examined).isLessThanOrEqualTo(2);
        assertThat(reports.countDocuments()).isEqualTo(REPORTS + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void findAndModifyByKey(String name, Supplier<MongoBackend> backend) {
        open(backend);
        long examined = standIn.examinedBy(REPORTS_COLLECTION, () -> {
            Document after = reports.findOneAndUpdate(
                    Filters.and(Filters.eq("trackingCode", "DL-40"), Filters.eq("status", "OPEN")),
                    Updates.set("status", "IN_PROGRESS"),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER).sort(new Document("_id", 1)));
            assertThat(after).containsEntry("_id", "r40").containsEntry("status", "IN_PROGRESS");
            assertThat(reports.findOneAndDelete(Filters.and(Filters.eq("_id", "r41"), Filters.eq("status", "OPEN"))))
                    .isNull();
        });
        assertThat(examined).isLessThanOrEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void deleteByKey(String name, Supplier<MongoBackend> backend) {
        open(backend);
        long examined = standIn.examinedBy(REPORTS_COLLECTION, () -> {
            assertThat(reports.deleteOne(Filters.and(Filters.eq("_id", "r50"), Filters.eq("status", "CLOSED")))
                    .getDeletedCount()).isZero();
            assertThat(reports.deleteMany(Filters.and(Filters.in("_id", "r50", "r51", "r52"),
                    Filters.eq("status", "OPEN"))).getDeletedCount()).isEqualTo(2);
        });
        assertThat(examined).isLessThanOrEqualTo(4);
        assertThat(ids(Filters.in("_id", "r50", "r51", "r52"))).containsExactly("r51");
        assertThat(reports.countDocuments()).isEqualTo(REPORTS - 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void aggregateStartingWithKeyedMatch(String name, Supplier<MongoBackend> backend) {
        open(backend);
        List<Document> pipeline = List.of(
                new Document("$match", Filters.and(Filters.in("_id", "r60", "r61", "r62", "r63"),
                        Filters.eq("status", "OPEN"))),
                new Document("$sort", new Document("sequence", -1)),
                new Document("$project", new Document("trackingCode", 1)));
        List<Document> result = new ArrayList<>();
        long examined = standIn.examinedBy(REPORTS_COLLECTION, () -> reports.aggregate(pipeline).into(result));
        assertThat(result).containsExactly(new Document("_id", "r62").append("trackingCode", "DL-62"),
                new Document("_id", "r60").append("trackingCode", "DL-60"));
        assertThat(examined).isLessThanOrEqualTo(4);
        // a pipeline without a keyed first $match runs as before
        assertThat(reports.aggregate(List.of(new Document("$match", new Document("status", "OPEN")),
                new Document("$count", "n"))).first()).containsEntry("n", REPORTS / 2);
    }

    private void assertFoundByKey(Bson filter, String... expectedIds) {
        long examined = standIn.examinedBy(REPORTS_COLLECTION, () -> {
            assertThat(ids(filter)).containsExactly(expectedIds);
            assertThat(reports.countDocuments(filter)).isEqualTo(expectedIds.length);
        });
        assertThat(examined).as("documents examined for %s", filter).isLessThanOrEqualTo(2L * Math.max(4, expectedIds.length));
    }

    private List<String> ids(Bson filter) {
        List<String> ids = new ArrayList<>();
        reports.find(filter).sort(new Document("_id", 1)).forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }
}
