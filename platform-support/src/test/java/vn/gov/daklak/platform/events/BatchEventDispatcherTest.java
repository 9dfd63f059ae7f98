package vn.gov.daklak.platform.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.CloudEventHeaders;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.contracts.report.EscalationLevel;
import vn.gov.daklak.contracts.report.ReportEscalated;

/**
 * A poll handed to a batch consumer as the binder hands it over (payloads and per-record header lists): runs of one
 * type together, order kept, and every failure settled per record — the rest of the poll goes on.
 */
class BatchEventDispatcherTest {
    private static final String TOPIC = "daklak.report.events.v1";
    private static final String DLQ = TOPIC + ".test.dlq";
    private static final Instant AT = Instant.parse("2026-12-02T03:00:00Z");

    private final JsonMapper json = JsonMapper.builder().build();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(),
            new ByteArraySerializer());
    private final DeadLetters deadLetters = new DeadLetters(() -> producer);
    private final List<String> handled = new ArrayList<>();
    private final List<RuntimeException> failNext = new ArrayList<>();

    private Consumer<Message<List<byte[]>>> consumer() {
        return new BatchEventDispatcher(json, meters, Map.of(ReportEscalated.class, (event, envelope) -> {
            handled.add("single " + envelope.id());
        }), Map.of(ReportStatusChanged.class, run -> {
            if (!failNext.isEmpty()) {
                throw failNext.remove(0);
            }
            if (run.stream().anyMatch(d -> "poison".equals(((ReportStatusChanged) d.event()).note()))) {
                throw new IllegalArgumentException("a note nobody can handle");
            }
            handled.add("run " + run.stream().map(d -> d.envelope().id()).toList());
        }), deadLetters, DLQ, new BatchEventDispatcher.RetrySettings(3, Duration.ofMillis(1), 2.0,
                Duration.ofMillis(5)));
    }

    @Test
    void consecutiveEventsOfARunTypeAreHandledTogetherAndEverythingKeepsItsOrder() {
        consumer().accept(poll(status("e1", "ok"), status("e2", "ok"), escalated("e3"), status("e4", "ok")));

        assertThat(handled).containsExactly("run [e1, e2]", "single e3", "run [e4]");
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void aRecordNoHandlerCanReadGoesAloneToTheDeadLetterTopicWithItsReasonAndWhereItCameFrom() {
        Rec broken = new Rec("e2", EventCatalog.of(ReportStatusChanged.class).type(), "{\"reportId\": ".getBytes(UTF_8));
        consumer().accept(poll(status("e1", "ok"), broken, status("e3", "ok")));

        assertThat(handled).as("the rest of the poll is handled").containsExactly("run [e1, e3]");
        ProducerRecord<byte[], byte[]> dead = producer.history().get(0);
        assertThat(producer.history()).hasSize(1);
        assertThat(dead.topic()).isEqualTo(DLQ);
        assertThat(header(dead, "x-exception-message")).contains("not valid JSON for ReportStatusChanged");
        assertThat(header(dead, "x-original-topic")).isEqualTo(TOPIC);
        assertThat(header(dead, "x-original-partition")).isEqualTo("0");
        assertThat(header(dead, "x-original-offset")).isEqualTo("1");
        assertThat(header(dead, CloudEventHeaders.ID)).isEqualTo("e2");
        assertThat(new String(dead.value(), UTF_8)).isEqualTo("{\"reportId\": ");
    }

    @Test
    void aRunThatFailsIsHandledOneAtATimeSoOnlyTheBadEventIsDeadLettered() {
        consumer().accept(poll(status("e1", "ok"), status("e2", "poison"), status("e3", "ok")));

        assertThat(handled).containsExactly("run [e1]", "run [e3]");
        assertThat(producer.history()).singleElement().satisfies(dead -> {
            assertThat(header(dead, CloudEventHeaders.ID)).isEqualTo("e2");
            assertThat(header(dead, "x-exception-message")).isEqualTo("a note nobody can handle");
            assertThat(header(dead, "x-exception-fqcn")).isEqualTo(IllegalArgumentException.class.getName());
        });
    }

    @Test
    void aTransientFailureIsRetriedAndNothingIsDeadLettered() {
        failNext.add(new DataAccessResourceFailureException("MongoDB not reachable"));
        failNext.add(new DataAccessResourceFailureException("MongoDB not reachable"));

        consumer().accept(poll(status("e1", "ok"), status("e2", "ok")));

        assertThat(handled).containsExactly("run [e1, e2]");
        assertThat(producer.history()).isEmpty();
    }

    private record Rec(String id, String type, byte[] value) {
    }

    private Rec status(String id, String note) {
        return new Rec(id, EventCatalog.of(ReportStatusChanged.class).type(), json.writeValueAsBytes(
                new ReportStatusChanged("r-" + id, ReportStatus.ROUTED, ReportStatus.ACKNOWLEDGED, "staff-1",
                        "TEAM_MEMBER", note, "team-1", AT)));
    }

    private Rec escalated(String id) {
        return new Rec(id, EventCatalog.of(ReportEscalated.class).type(), json.writeValueAsBytes(
                new ReportEscalated("r-" + id, EscalationLevel.TEAM_LEAD, "Quá hạn tiếp nhận", "24121", "team-1", AT,
                        AT)));
    }

    /** A poll as the Kafka binder presents it to a batch listener with a header mapper. */
    private static Message<List<byte[]>> poll(Rec... records) {
        List<byte[]> values = new ArrayList<>();
        List<Map<String, Object>> headers = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        List<Object> topics = new ArrayList<>();
        List<Object> partitions = new ArrayList<>();
        List<Object> offsets = new ArrayList<>();
        List<Object> timestamps = new ArrayList<>();
        for (int i = 0; i < records.length; i++) {
            values.add(records[i].value());
            Map<String, Object> h = new HashMap<>();
            h.put(CloudEventHeaders.ID, records[i].id().getBytes(UTF_8));
            h.put(CloudEventHeaders.TYPE, records[i].type().getBytes(UTF_8));
            headers.add(h);
            keys.add(("r-" + records[i].id()).getBytes(UTF_8));
            topics.add(TOPIC);
            partitions.add(0);
            offsets.add((long) i);
            timestamps.add(AT.toEpochMilli());
        }
        return MessageBuilder.withPayload(values).setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers)
                .setHeader(KafkaHeaders.RECEIVED_KEY, keys).setHeader(KafkaHeaders.RECEIVED_TOPIC, topics)
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, partitions).setHeader(KafkaHeaders.OFFSET, offsets)
                .setHeader(KafkaHeaders.RECEIVED_TIMESTAMP, timestamps).build();
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), UTF_8);
    }
}
