package vn.gov.daklak.identity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.contracts.CloudEventHeaders;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.identity.StaffMemberUpserted;
import vn.gov.daklak.contracts.identity.TeamUpserted;
import vn.gov.daklak.identity.teams.TeamSeeder;
import vn.gov.daklak.platform.test.TestInfrastructure;

/** The service on a real Kafka broker and a MongoDB endpoint: what it publishes, read back from the topics. */
class IdentityEventsIntegrationTest extends IdentityIntegrationTest {
    private static final int SEEDED_TEAMS = 205;
    private final int port = PORT;

    @Autowired
    TeamSeeder seeder;

    @Autowired
    MongoTemplate mongo;

    @Test
    void everySeededTeamIsPublishedOnceKeyedByItsIdWithItsCatalogType() {
        List<ConsumerRecord<String, String>> records = readUntil(Topics.TEAM_DIRECTORY,
                r -> seededKeys(r).size() >= SEEDED_TEAMS);

        List<ConsumerRecord<String, String>> seeded = records.stream().filter(r -> isSeededKey(r.key())).toList();
        assertThat(seeded).hasSize(SEEDED_TEAMS);
        assertThat(seededKeys(seeded)).hasSize(SEEDED_TEAMS).contains("66-24133-CDS", "66-24133-PUN",
                "66-PROVINCE-TRIAGE");
        assertThat(seeded).allSatisfy(r -> {
            assertThat(header(r, CloudEventHeaders.TYPE)).isEqualTo(EventCatalog.of(TeamUpserted.class).type());
            assertThat(header(r, CloudEventHeaders.SUBJECT)).isEqualTo(r.key());
            assertThat(header(r, CloudEventHeaders.ID)).isNotBlank();
            assertThat(JSON.readTree(r.value()).get("teamId").asString()).isEqualTo(r.key());
        });
        JsonNode buonMaThuot = JSON.readTree(seeded.stream().filter(r -> r.key().equals("66-24133-CDS"))
                .findFirst().orElseThrow().value());
        assertThat(buonMaThuot.get("name").asString()).isEqualTo("Tổ công nghệ số cộng đồng Phường Buôn Ma Thuột");
        assertThat(buonMaThuot.get("communeCode").asString()).isEqualTo("24133");
    }

    @Test
    void seedingAgainPublishesNothing() throws InterruptedException {
        readUntil(Topics.TEAM_DIRECTORY, r -> seededKeys(r).size() >= SEEDED_TEAMS);
        long before = endOffset(Topics.TEAM_DIRECTORY);

        assertThat(seeder.seed()).isZero();

        // no event waits in a team's outbox, and none went out (the relay removes an entry only once Kafka has it):
        // so nothing can be published later either, without waiting for it
        assertThat(mongo.count(Query.query(Criteria.where("outbox.0").exists(true)), "teams")).isZero();
        assertThat(endOffset(Topics.TEAM_DIRECTORY)).isEqualTo(before);
        assertThat(mongo.count(new Query(), "teams")).isEqualTo(SEEDED_TEAMS + teamsCreatedByOtherTests());
    }

    @Test
    void changingATeamPublishesItsNewStateAfterItsCreation() {
        String teamId = "66-24133-IT-" + shortId();
        String created = admin().post().uri("/api/v1/teams").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"teamId":"%s","name":"Tổ hạ tầng Phường Buôn Ma Thuột","teamType":"COMMUNE_INFRASTRUCTURE",
                         "communeCode":"24133"}""".formatted(teamId))
                .retrieve().body(String.class);
        assertThat(JSON.readTree(created).get("active").asBoolean()).isTrue();
        admin().put().uri("/api/v1/teams/{id}", teamId).contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"Tổ hạ tầng đô thị Phường Buôn Ma Thuột\",\"active\":false}")
                .retrieve().toBodilessEntity();

        List<ConsumerRecord<String, String>> forTeam = readUntil(Topics.TEAM_DIRECTORY,
                r -> r.stream().filter(x -> x.key().equals(teamId)).count() >= 2).stream()
                .filter(r -> r.key().equals(teamId)).toList();

        assertThat(forTeam).hasSize(2);
        assertThat(JSON.readTree(forTeam.get(0).value()).get("active").asBoolean()).isTrue();
        JsonNode changed = JSON.readTree(forTeam.get(1).value());
        assertThat(changed.get("active").asBoolean()).isFalse();
        assertThat(changed.get("name").asString()).isEqualTo("Tổ hạ tầng đô thị Phường Buôn Ma Thuột");
    }

    @Test
    void creatingStaffPublishesStaffMemberUpserted() {
        String staffId = "it-" + shortId();
        admin().post().uri("/api/v1/staff").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"staffId":"%s","displayName":"Nguyễn Thị Hương","roles":["TEAM_LEAD","TEAM_MEMBER"],
                         "teamIds":["66-24133-CDS"],"preferredChannel":"ZALO","phone":"0912 345 678"}"""
                        .formatted(staffId))
                .retrieve().toBodilessEntity();

        ConsumerRecord<String, String> record = readUntil(Topics.STAFF_DIRECTORY,
                r -> r.stream().anyMatch(x -> x.key().equals(staffId))).stream()
                .filter(r -> r.key().equals(staffId)).findFirst().orElseThrow();

        assertThat(header(record, CloudEventHeaders.TYPE))
                .isEqualTo(EventCatalog.of(StaffMemberUpserted.class).type());
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.get("displayName").asString()).isEqualTo("Nguyễn Thị Hương");
        assertThat(event.get("roles").toString()).isEqualTo("[\"TEAM_MEMBER\",\"TEAM_LEAD\"]");
        assertThat(event.get("teamIds").toString()).isEqualTo("[\"66-24133-CDS\"]");
        assertThat(event.get("phone").asString()).isEqualTo("+84912345678");
        assertThat(event.get("preferredChannel").asString()).isEqualTo("ZALO");
    }

    @Test
    void badInputIsProblemDetailsNamingEachFieldInTheAssembledService() {
        var response = admin().post().uri("/api/v1/staff").contentType(MediaType.APPLICATION_JSON)
                .body("{\"displayName\":\"\",\"preferredChannel\":\"EMAIL\",\"teamIds\":[\"66-24133-CDS\",\"ghost\"]}")
                .exchange((request, res) -> Map.entry(res.getStatusCode().value(),
                        JSON.readTree(res.getBody().readAllBytes())));

        assertThat(response.getKey()).isEqualTo(400);
        assertThat(response.getValue().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("displayName", "email");

        var unknownTeam = admin().post().uri("/api/v1/staff").contentType(MediaType.APPLICATION_JSON)
                .body("{\"displayName\":\"An\",\"preferredChannel\":\"IN_APP\",\"teamIds\":[\"66-24133-CDS\",\"ghost\"]}")
                .exchange((request, res) -> Map.entry(res.getStatusCode().value(),
                        JSON.readTree(res.getBody().readAllBytes())));
        assertThat(unknownTeam.getKey()).isEqualTo(400);
        assertThat(unknownTeam.getValue().get("errors").findValuesAsString("field")).containsExactly("teamIds[1]");

        int unauthorized = RestClient.create("http://localhost:" + port).post().uri("/api/v1/teams")
                .contentType(MediaType.APPLICATION_JSON).body("{}")
                .exchange((request, res) -> res.getStatusCode().value());
        assertThat(unauthorized).isEqualTo(401);
    }

    private RestClient admin() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", "Bearer " + adminToken()).build();
    }

    private long teamsCreatedByOtherTests() {
        return mongo.count(Query.query(Criteria.where("_id").regex("^66-24133-IT-")), "teams");
    }

    private static boolean isSeededKey(String key) {
        return key.matches("66-\\d{5}-(CDS|PUN)") || key.equals("66-PROVINCE-TRIAGE");
    }

    private static java.util.Set<String> seededKeys(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::key).filter(IdentityEventsIntegrationTest::isSeededKey)
                .collect(Collectors.toSet());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Everything on the topic from the beginning, read by a fresh consumer group until the condition holds. */
    private static List<ConsumerRecord<String, String>> readUntil(String topic,
            Predicate<List<ConsumerRecord<String, String>>> done) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!done.test(records)) {
                assertThat(System.nanoTime()).as("waiting for records on %s", topic).isLessThan(deadline);
                consumer.poll(Duration.ofMillis(250)).forEach(records::add);
            }
        }
        return records;
    }

    private static long endOffset(String topic) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "identity-it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }
}
