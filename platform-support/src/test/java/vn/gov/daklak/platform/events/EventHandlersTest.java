package vn.gov.daklak.platform.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.report.EscalationLevel;
import vn.gov.daklak.contracts.report.ReportEscalated;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.platform.events.EventPayloads.MalformedPayloadException;

class EventHandlersTest {
    private static final String STATUS_CHANGED = EventCatalog.of(ReportStatusChanged.class).type();
    private static final String ESCALATED = EventCatalog.of(ReportEscalated.class).type();

    private final JsonMapper json = JsonMapper.builder().build();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String> handled = new ArrayList<>();
    private final Consumer<Message<byte[]>> consumer = new EventHandlers(json, meters).builder()
            .on(ReportStatusChanged.class, (event, envelope) -> handled.add(envelope.id() + " " + event.to()))
            .build();

    @Test
    void aHandledTypeReachesItsHandlerAsItsRecordWithTheEventId() {
        consumer.accept(record("ev-1", STATUS_CHANGED, json.writeValueAsBytes(new ReportStatusChanged("r-1",
                ReportStatus.ROUTED, ReportStatus.ACKNOWLEDGED, "cb-1", "TEAM_MEMBER", "Đã tiếp nhận", "team-1",
                Instant.parse("2026-11-28T03:00:00Z")))));

        assertThat(handled).containsExactly("ev-1 ACKNOWLEDGED");
        assertThat(count(STATUS_CHANGED, "handled")).isEqualTo(1.0);
    }

    @Test
    void aTypeThisConsumerDoesNotHandleIsSkippedAndCountedWithoutReadingThePayload() {
        consumer.accept(record("ev-2", ESCALATED, "not even JSON".getBytes(UTF_8)));

        assertThat(handled).isEmpty();
        assertThat(count(ESCALATED, "skipped")).isEqualTo(1.0);
    }

    @Test
    void anUnreadablePayloadOfAHandledTypeFailsWithoutRetry() {
        assertThatThrownBy(() -> consumer.accept(record("ev-3", STATUS_CHANGED, "{\"reportId\": ".getBytes(UTF_8))))
                .isInstanceOf(MalformedPayloadException.class).isNotInstanceOf(RetryableEventException.class)
                .hasMessageContaining("not valid JSON for ReportStatusChanged");
        assertThatThrownBy(() -> consumer.accept(record("ev-4", STATUS_CHANGED, "null".getBytes(UTF_8))))
                .isInstanceOf(MalformedPayloadException.class);

        assertThat(handled).isEmpty();
        assertThat(count(STATUS_CHANGED, "rejected")).isEqualTo(2.0);
    }

    @Test
    void aRecordWithoutCeTypeFailsWithoutRetry() {
        assertThatThrownBy(() -> consumer.accept(record("ev-5", null, "{}".getBytes(UTF_8))))
                .isInstanceOf(UnknownEventTypeException.class).isNotInstanceOf(RetryableEventException.class)
                .hasMessageContaining("ev-5").hasMessageContaining("no ce_type");
        assertThat(count("unknown", "rejected")).isEqualTo(1.0);
    }

    @Test
    void aTypeThePlatformDoesNotDefineFailsWithoutRetry() {
        assertThatThrownBy(() -> consumer.accept(record("ev-6", ReportStatusChanged.class.getName(), "{}"
                .getBytes(UTF_8)))).isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("'" + ReportStatusChanged.class.getName() + "'");
        assertThat(handled).isEmpty();
    }

    @Test
    void aRecordWithoutCeIdFailsWithoutRetry() {
        assertThatThrownBy(() -> consumer.accept(record(null, STATUS_CHANGED, "{}".getBytes(UTF_8))))
                .isInstanceOf(EventEnvelope.MissingEventIdException.class);
    }

    @Test
    void whatAHandlerThrowsReachesTheBinderUnchangedSoItsRetryRulesApply() {
        var waiting = new RetryableEventException("the team directory is not read this far yet");
        Consumer<Message<byte[]>> failing = new EventHandlers(json, meters).builder()
                .on(ReportEscalated.class, (event, envelope) -> {
                    throw waiting;
                }).build();
        byte[] escalated = json.writeValueAsBytes(new ReportEscalated("r-2", EscalationLevel.TEAM_LEAD,
                "Quá hạn tiếp nhận", "24133", "team-1", Instant.now(), Instant.now()));

        assertThatThrownBy(() -> failing.accept(record("ev-7", ESCALATED, escalated))).isSameAs(waiting);
        assertThat(count(ESCALATED, "failed")).isEqualTo(1.0);
    }

    @Test
    void handlersAreForPlatformEventsOnlyAndOnePerType() {
        var builder = new EventHandlers(json, meters).builder();
        assertThatThrownBy(() -> builder.on(String.class, (event, envelope) -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        builder.on(ReportEscalated.class, (event, envelope) -> { });
        assertThatThrownBy(() -> builder.on(ReportEscalated.class, (event, envelope) -> { }))
                .isInstanceOf(IllegalStateException.class);
    }

    private double count(String type, String outcome) {
        var counter = meters.find(EventDispatcher.METER).tags("type", type, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static Message<byte[]> record(String eventId, String type, byte[] payload) {
        var builder = MessageBuilder.withPayload(payload).setHeader("ce_specversion", "1.0".getBytes(UTF_8));
        if (eventId != null) {
            builder.setHeader("ce_id", eventId.getBytes(UTF_8));
        }
        if (type != null) {
            builder.setHeader("ce_type", type.getBytes(UTF_8));
        }
        return builder.build();
    }
}
