package vn.gov.daklak.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.report.ReportEscalated;
import vn.gov.daklak.contracts.report.EscalationLevel;
import vn.gov.daklak.platform.test.TestInfrastructure;

@SpringBootTest(properties = "spring.application.name=outbox-test")
class OutboxRelayTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxMessages outboxMessages;
    @Value("${platform.kafka.brokers}")
    String brokers;

    @org.springframework.data.mongodb.core.mapping.Document("widgets")
    record Widget(@Id String id, @Version Long version, List<OutboxMessage> outbox) {
    }

    @Test
    void savedEventIsPublishedWithCloudEventHeadersAndKeyThenRemovedFromTheDocument() {
        String reportId = UUID.randomUUID().toString();
        var event = new ReportEscalated(reportId, EscalationLevel.TEAM_LEAD, "Chưa tiếp nhận đúng hạn", "24133",
                "66-24133-CDS", Instant.parse("2026-11-28T03:00:00Z"), Instant.parse("2026-11-28T03:05:00Z"));
        mongo.save(new Widget(reportId, null, List.of(outboxMessages.wrap(event, reportId))));

        ConsumerRecord<String, String> record = pollFor(Topics.REPORT_EVENTS, reportId);

        assertThat(record.value()).contains("\"reason\":\"Chưa tiếp nhận đúng hạn\"");
        assertThat(header(record, "ce_type")).isEqualTo(EventCatalog.of(ReportEscalated.class).type());
        assertThat(header(record, "ce_subject")).isEqualTo(reportId);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_source")).isEqualTo("urn:daklak:feedback:outbox-test");
        assertThat(header(record, "ce_id")).isNotBlank();
        Document stored = mongo.getCollection("widgets").find(new Document("_id", reportId)).first();
        assertThat(stored.getList("outbox", Document.class)).isEmpty();
        assertThat(stored.getLong("version")).isEqualTo(1L);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), UTF_8);
    }

    private ConsumerRecord<String, String> pollFor(String topic, String key) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No record with key " + key + " on " + topic);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean
        OutboxCollection widgets() {
            return new OutboxCollection("widgets");
        }
    }
}
