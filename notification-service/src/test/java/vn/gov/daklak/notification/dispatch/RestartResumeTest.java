package vn.gov.daklak.notification.dispatch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.notification.channels.ChannelSenders;
import vn.gov.daklak.notification.channels.resilience.ProviderResilience;
import vn.gov.daklak.notification.channels.resilience.ResilienceSettings;
import vn.gov.daklak.notification.channels.sms.SmsGatewayProperties;
import vn.gov.daklak.notification.channels.sms.SmsGatewayProvider;
import vn.gov.daklak.notification.recipients.Recipient;
import vn.gov.daklak.notification.templates.RenderedMessage;
import vn.gov.daklak.platform.outbox.OutboxMessages;
import vn.gov.daklak.platform.test.MutableClock;
import vn.gov.daklak.platform.test.TestInfrastructure;

/**
 * A pending notification survives its process: a second dispatcher instance — new MongoDB client, new provider
 * adapter, nothing shared in memory — over the same database picks it up and delivers it exactly once.
 */
class RestartResumeTest {
    private static final String SMS = "/sms/messages";
    private static final Instant MORNING = Instant.parse("2026-11-28T03:00:00Z"); // 10:00 in Đắk Lắk
    private static WireMockServer gateway;

    private final MutableClock clock = new MutableClock(MORNING);
    private final String database = "notification-restart-" + UUID.randomUUID();
    private final Recipient resident = new Recipient(RecipientKind.CITIZEN, "reporter:r-1", Channel.SMS,
            "0912345678", "vi");
    private Instance first;
    private Instance second;

    /** One running notification-service, as far as delivery is concerned. */
    private final class Instance implements AutoCloseable {
        final MongoClient client = MongoClients.create(TestInfrastructure.shared().mongoUri());
        final MongoTemplate mongo = new MongoTemplate(client, database);
        final Notifications notifications = new MongoNotificationRepository(mongo,
                new OutboxMessages(JsonMapper.builder().build(), clock, "notification-service"), id -> { });
        final Dispatcher dispatcher;

        Instance() {
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            ChannelSenders senders = ChannelSenders.select(Map.of(Channel.SMS, "sms-gateway"), List.of(
                    new SmsGatewayProvider(profile(), JsonMapper.builder().build(), clock,
                            new ProviderResilience(meters)),
                    new DispatcherTest.ScriptedProvider()));
            dispatcher = new Dispatcher(notifications, senders, new DispatchProperties(5, Duration.ofSeconds(30),
                    Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofSeconds(5), 100, 1, 1, 10),
                    DispatcherTest.quietHours(true), clock, meters);
        }

        @Override
        public void close() {
            client.close();
        }
    }

    @BeforeAll
    static void startGateway() {
        gateway = new WireMockServer(options().dynamicPort());
        gateway.start();
    }

    @AfterAll
    static void stopGateway() {
        gateway.stop();
    }

    @BeforeEach
    void setUp() {
        gateway.resetAll();
    }

    @AfterEach
    void tearDown() {
        if (second != null) {
            second.mongo.getDb().drop();
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void restartInTheMiddleOfRetriesResumesAndDeliversOnce() {
        gateway.stubFor(post(urlEqualTo(SMS)).willReturn(aResponse().withStatus(503)));
        first = new Instance();
        Notification notification = pending("ev-1");
        first.dispatcher.submit(notification);
        assertThat(first.notifications.findById(notification.id()).orElseThrow().status())
                .isEqualTo(NotificationStatus.PENDING);
        first.close(); // the process dies while the notification waits for its retry

        gateway.resetAll();
        gateway.stubFor(post(urlEqualTo(SMS)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"messageId\":\"sms-77\"}")));
        second = new Instance();
        clock.advance(Duration.ofSeconds(10));
        second.dispatcher.sweep();
        clock.advance(Duration.ofHours(1));
        second.dispatcher.sweep();

        Notification sent = second.notifications.findById(notification.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.providerMessageId()).isEqualTo("sms-77");
        List<LoggedRequest> calls = gateway.findAll(postRequestedFor(urlEqualTo(SMS)));
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).getHeader("Idempotency-Key")).isEqualTo(notification.id());
        assertThat(outboxOf(notification)).singleElement()
                .satisfies(event -> assertThat(event.getString("type"))
                        .isEqualTo("vn.gov.daklak.feedback.notification.delivered"));
    }

    @Test
    void notificationLeftLeasedByACrashedInstanceIsSentOnceItsLeaseRunsOut() {
        gateway.stubFor(post(urlEqualTo(SMS)).willReturn(aResponse().withStatus(202)));
        first = new Instance();
        Notification notification = pending("ev-1");
        first.notifications.insert(notification);
        first.notifications.claim(notification.id(), clock.instant(), clock.instant().plusSeconds(30));
        first.close(); // died while sending: did the gateway get it? only the lease knows nobody finished

        second = new Instance();
        clock.advance(Duration.ofSeconds(10));
        second.dispatcher.sweep();
        gateway.verify(0, postRequestedFor(urlEqualTo(SMS)));

        clock.advance(Duration.ofSeconds(21));
        second.dispatcher.sweep();
        second.dispatcher.sweep();

        gateway.verify(1, postRequestedFor(urlEqualTo(SMS)));
        assertThat(second.notifications.findById(notification.id()).orElseThrow().status())
                .isEqualTo(NotificationStatus.SENT);
        assertThat(outboxOf(notification)).hasSize(1);
    }

    @Test
    void messageHeldByQuietHoursSurvivesARestartAndGoesAtSeven() {
        gateway.stubFor(post(urlEqualTo(SMS)).willReturn(aResponse().withStatus(202)));
        clock.set(Instant.parse("2026-11-28T15:30:00Z")); // 22:30
        first = new Instance();
        Notification notification = pending("ev-1");
        first.dispatcher.submit(notification);
        first.close();

        second = new Instance();
        clock.set(Instant.parse("2026-11-28T23:59:00Z")); // 06:59
        second.dispatcher.sweep();
        gateway.verify(0, postRequestedFor(urlEqualTo(SMS)));

        clock.set(Instant.parse("2026-11-29T00:00:00Z")); // 07:00
        second.dispatcher.sweep();
        second.dispatcher.sweep();

        gateway.verify(1, postRequestedFor(urlEqualTo(SMS)));
        Notification sent = second.notifications.findById(notification.id()).orElseThrow();
        assertThat(sent.heldUntil()).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
        assertThat(sent.sentAt()).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
    }

    private Notification pending(String eventId) {
        return Notification.pending(eventId, "r-1", resident, new RenderedMessage("report.closed",
                Map.of("trackingCode", "DL-7K2M9QX"), "Phản ánh DL-7K2M9QX đã được đóng."), 1, clock.instant());
    }

    @SuppressWarnings("unchecked")
    private List<Document> outboxOf(Notification notification) {
        Document stored = second.mongo.getCollection(MongoNotificationRepository.COLLECTION)
                .find(Filters.eq("_id", notification.id())).first();
        return stored == null ? List.of() : (List<Document>) stored.get("outbox", List.class);
    }

    private static SmsGatewayProperties profile() {
        ResilienceSettings defaults = ResilienceSettings.defaults();
        ResilienceSettings quick = new ResilienceSettings(Duration.ofSeconds(1), Duration.ofSeconds(1),
                new ResilienceSettings.Retry(2, Duration.ofMillis(20), 2.0, 0.5, Duration.ofMillis(50),
                        Duration.ofSeconds(1)), defaults.circuitBreaker(), defaults.bulkhead(), defaults.rateLimiter());
        return new SmsGatewayProperties(URI.create(gateway.baseUrl() + SMS),
                new SmsGatewayProperties.Auth(SmsGatewayProperties.AuthScheme.NONE, null, null, null, "X-API-Key"),
                "DAKLAK-GOV", true, new SmsGatewayProperties.Limits(160, 153, 70, 67), 3,
                new SmsGatewayProperties.Fields("to", "from", "text", "reference", "unicode"), Set.of(400, 422),
                null, List.of(), List.of(), "/messageId", quick);
    }
}
