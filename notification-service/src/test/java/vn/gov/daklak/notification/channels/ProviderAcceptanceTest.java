package vn.gov.daklak.notification.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.NotificationDelivered;
import vn.gov.daklak.contracts.notification.NotificationFailed;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.notification.channels.resilience.ProviderResilience;
import vn.gov.daklak.notification.channels.resilience.ResilienceSettings;
import vn.gov.daklak.notification.channels.sms.SmsGatewayProperties;
import vn.gov.daklak.notification.channels.sms.SmsGatewayProvider;
import vn.gov.daklak.notification.channels.zalo.ZaloTokens.TokenPair;
import vn.gov.daklak.notification.channels.zalo.ZaloZnsProperties;
import vn.gov.daklak.notification.channels.zalo.ZaloZnsProperties.ZnsTemplate;
import vn.gov.daklak.notification.channels.zalo.ZaloZnsProvider;
import vn.gov.daklak.notification.dispatch.DispatchProperties;
import vn.gov.daklak.notification.dispatch.Dispatcher;
import vn.gov.daklak.notification.dispatch.InMemoryNotifications;
import vn.gov.daklak.notification.dispatch.Notification;
import vn.gov.daklak.notification.dispatch.NotificationStatus;
import vn.gov.daklak.notification.dispatch.QuietHoursProperties;
import vn.gov.daklak.notification.recipients.Recipient;
import vn.gov.daklak.notification.recipients.Route;
import vn.gov.daklak.notification.templates.RenderedMessage;
import vn.gov.daklak.platform.test.MutableClock;

/**
 * Acceptance of issue 6 against simulated provider HTTP servers: the real Zalo ZNS and SMS gateway adapters, behind
 * their Resilience4j protection, driven by the dispatcher, talking to WireMock. Each case runs for both providers.
 */
class ProviderAcceptanceTest {
    private static final String ZNS = "/zalo/message/template";
    private static final String ZALO_TOKEN = "/zalo/oauth/access_token";
    private static final String SMS = "/sms/messages";
    private static final Instant MORNING = Instant.parse("2026-11-28T03:00:00Z"); // 10:00 in Đắk Lắk
    private static WireMockServer providers;

    private final MutableClock clock = new MutableClock(MORNING);
    private final JsonMapper json = JsonMapper.builder().build();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private ProviderResilience resilience;
    private final InMemoryZaloTokens zaloTokens = new InMemoryZaloTokens();
    private final RecordingProvider mailAndInApp = new RecordingProvider();
    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private Dispatcher dispatcher;

    /** The provider under test: where it listens, what success and a permanent refusal look like. */
    enum Provider {
        ZALO(Channel.ZALO, ZNS, "zalo-zns", "zns-msg-1", Channel.SMS),
        SMS(Channel.SMS, ProviderAcceptanceTest.SMS, "sms-gateway", "sms-msg-1", Channel.EMAIL);

        final Channel channel;
        final String path;
        final String name;
        final String messageId;
        final Channel next;

        Provider(Channel channel, String path, String name, String messageId, Channel next) {
            this.channel = channel;
            this.path = path;
            this.name = name;
            this.messageId = messageId;
            this.next = next;
        }

        /** A fresh builder each time: WireMock's builders are mutable. */
        ResponseDefinitionBuilder ok() {
            return this == ZALO
                    ? aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"zns-msg-1\"}}")
                    : aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                            .withBody("{\"messageId\":\"sms-msg-1\"}");
        }

        /** Invalid number: Zalo answers 200 with a negative error code, the gateway 400. */
        ResponseDefinitionBuilder refused() {
            return this == ZALO
                    ? aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"error\":-108,\"message\":\"Phone number invalid\"}")
                    : aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                            .withBody("{\"error\":\"invalid destination number\"}");
        }
    }

    @BeforeAll
    static void startProviders() {
        providers = new WireMockServer(options().dynamicPort());
        providers.start();
    }

    @AfterAll
    static void stopProviders() {
        providers.stop();
    }

    @BeforeEach
    void setUp() {
        providers.resetAll();
        useProviders(fast(2));
    }

    /** @param settings of both providers, the same but for this test's needs */
    private void useProviders(ResilienceSettings settings) {
        resilience = new ProviderResilience(meters);
        ChannelSenders senders = ChannelSenders.select(Map.of(Channel.ZALO, "zalo-zns", Channel.SMS, "sms-gateway",
                Channel.EMAIL, "recording", Channel.IN_APP, "recording"), List.of(
                new ZaloZnsProvider(zaloProperties(settings), zaloTokens, json, clock, resilience),
                new SmsGatewayProvider(smsProfile(settings), json, clock, resilience),
                mailAndInApp));
        dispatcher = new Dispatcher(notifications, senders, new DispatchProperties(3, Duration.ofSeconds(30),
                Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofSeconds(5), 100, 1, 1, 10),
                new QuietHoursProperties(true, java.time.LocalTime.of(21, 0), java.time.LocalTime.of(7, 0),
                        java.time.ZoneId.of("Asia/Ho_Chi_Minh"), EnumSet.of(Channel.SMS, Channel.ZALO)),
                clock, meters);
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void successIsRecordedWithTheProvidersMessageId(Provider provider) {
        stub(provider, post(urlEqualTo(provider.path)).willReturn(provider.ok()));

        Notification notification = submit(provider.channel);

        Notification sent = stored(notification);
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.provider()).isEqualTo(provider.name);
        assertThat(sent.providerMessageId()).isEqualTo(provider.messageId);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(notifications.outbox).singleElement().isInstanceOfSatisfying(NotificationDelivered.class, e -> {
            assertThat(e.channel()).isEqualTo(provider.channel);
            assertThat(e.providerMessageId()).isEqualTo(provider.messageId);
        });
        providers.verify(1, postRequestedFor(urlEqualTo(provider.path)));
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void serverErrorThenSuccessIsRetriedWithinTheSameAttempt(Provider provider) {
        stub(provider, post(urlEqualTo(provider.path)).inScenario("5xx").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withBody("upstream unavailable")).willSetStateTo("up"));
        stub(provider, post(urlEqualTo(provider.path)).inScenario("5xx").whenScenarioStateIs("up")
                .willReturn(provider.ok()));

        Notification notification = submit(provider.channel);

        assertThat(stored(notification).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(stored(notification).attempts()).isEqualTo(1);
        List<LoggedRequest> calls = providers.findAll(postRequestedFor(urlEqualTo(provider.path)));
        assertThat(calls).hasSize(2);
        // the same idempotency key both times, so a provider that did take the first one drops the second
        assertThat(calls).extracting(r -> referenceOf(provider, r)).containsOnly(notification.id());
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void timeoutIsRetriedAndTheNextAnswerDelivers(Provider provider) {
        stub(provider, post(urlEqualTo(provider.path)).inScenario("slow").whenScenarioStateIs(STARTED)
                .willReturn(provider.ok().withFixedDelay(2500)).willSetStateTo("fast"));
        stub(provider, post(urlEqualTo(provider.path)).inScenario("slow").whenScenarioStateIs("fast")
                .willReturn(provider.ok()));

        Notification notification = submit(provider.channel);

        assertThat(stored(notification).status()).isEqualTo(NotificationStatus.SENT);
        providers.verify(2, postRequestedFor(urlEqualTo(provider.path)));
    }

    @Test
    void providerThatNeverAnswersInTimeLeavesTheNotificationPendingForALaterAttempt() {
        useProviders(fast(10)); // three timeouts in a row, the circuit still closed
        providers.stubFor(post(urlEqualTo(SMS)).willReturn(Provider.SMS.ok().withFixedDelay(2500)));

        Notification notification = submit(Channel.SMS);

        Notification pending = stored(notification);
        assertThat(pending.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(pending.lastError()).contains("no answer within 1200 ms");
        assertThat(notifications.leaseOf(notification.id())).isEqualTo(MORNING.plusSeconds(10));
        providers.verify(3, postRequestedFor(urlEqualTo(SMS)));
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void tooManyRequestsIsRetriedNoSoonerThanRetryAfter(Provider provider) {
        stub(provider, post(urlEqualTo(provider.path)).inScenario("429").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("calm"));
        stub(provider, post(urlEqualTo(provider.path)).inScenario("429").whenScenarioStateIs("calm")
                .willReturn(provider.ok()));

        Notification notification = submit(provider.channel);

        assertThat(stored(notification).status()).isEqualTo(NotificationStatus.SENT);
        List<LoggedRequest> calls = providers.findAll(postRequestedFor(urlEqualTo(provider.path)));
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).getLoggedDate().getTime() - calls.get(0).getLoggedDate().getTime())
                .isGreaterThanOrEqualTo(1000);
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void longRetryAfterIsNotSleptThroughButRescheduled(Provider provider) {
        stub(provider, post(urlEqualTo(provider.path))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

        Notification notification = submit(provider.channel);

        assertThat(stored(notification).status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(notifications.leaseOf(notification.id())).isEqualTo(MORNING.plusSeconds(120));
        providers.verify(1, postRequestedFor(urlEqualTo(provider.path)));
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void openCircuitFallsBackToTheNextChannel(Provider provider) {
        stub(provider, post(urlEqualTo(provider.path)).willReturn(aResponse().withStatus(503)));
        if (provider.next == Channel.SMS) {
            providers.stubFor(post(urlEqualTo(SMS)).willReturn(Provider.SMS.ok()));
        }

        // two failed calls open the circuit in the middle of the first notification's retries...
        Notification first = submit(provider.channel, provider.next);
        assertThat(stored(first).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(stored(first).channel()).isEqualTo(provider.next);
        assertThat(stored(first).channelFailures()).singleElement().satisfies(f -> {
            assertThat(f.channel()).isEqualTo(provider.channel);
            assertThat(f.reason()).contains("circuit breaker open");
        });
        int callsWhileClosed = providers.findAll(postRequestedFor(urlEqualTo(provider.path))).size();
        assertThat(callsWhileClosed).isEqualTo(2);
        assertThat(resilience.circuitBreakers().circuitBreaker(provider.name).getState().name()).isEqualTo("OPEN");

        // ...and the next notification goes straight to the next channel: the provider is not called at all
        Notification second = submit("ev-2", provider.channel, provider.next);
        assertThat(stored(second).channel()).isEqualTo(provider.next);
        assertThat(stored(second).status()).isEqualTo(NotificationStatus.SENT);
        providers.verify(callsWhileClosed, postRequestedFor(urlEqualTo(provider.path)));
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void permanentFailureIsNotRetriedAndIsRecorded(Provider provider) {
        stub(provider, post(urlEqualTo(provider.path)).willReturn(provider.refused()));

        Notification notification = submit(provider.channel);

        Notification failed = stored(notification);
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.lastError()).contains(provider == Provider.ZALO ? "ZNS error -108" : "HTTP 400");
        providers.verify(1, postRequestedFor(urlEqualTo(provider.path)));
        assertThat(notifications.outbox).singleElement().isInstanceOfSatisfying(NotificationFailed.class,
                e -> assertThat(e.permanent()).isTrue());
        // a later sweep does not try it again
        clock.advance(Duration.ofHours(1));
        dispatcher.sweep();
        providers.verify(1, postRequestedFor(urlEqualTo(provider.path)));
    }

    @Test
    void zaloGetsTheApprovedTemplateThePhoneIn84FormAndOurIdAsTrackingId() {
        providers.stubFor(post(urlEqualTo(ZNS)).willReturn(Provider.ZALO.ok()));

        Notification notification = submit(Channel.ZALO);

        providers.verify(postRequestedFor(urlEqualTo(ZNS))
                .withHeader("access_token", equalTo("at-1"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"phone\":\"84912345678\",\"template_id\":\"2400101\","
                        + "\"template_data\":{\"ma_phan_anh\":\"DL-7K2M9QX\",\"ket_qua\":\"Đã vá ổ gà\"},"
                        + "\"tracking_id\":\"" + notification.id() + "\"}")));
    }

    @Test
    void rejectedZaloAccessTokenIsRenewedOnceAndRenewedAgainBeforeItExpires() {
        providers.stubFor(post(urlEqualTo(ZNS)).withHeader("access_token", equalTo("at-1"))
                .willReturn(aResponse().withStatus(200)
                        .withBody("{\"error\":-124,\"message\":\"Access token invalid\"}")));
        providers.stubFor(post(urlEqualTo(ZNS)).withHeader("access_token", equalTo("at-2"))
                .willReturn(Provider.ZALO.ok()));
        providers.stubFor(post(urlEqualTo(ZNS)).withHeader("access_token", equalTo("at-3"))
                .willReturn(Provider.ZALO.ok()));
        providers.stubFor(post(urlEqualTo(ZALO_TOKEN)).withRequestBody(equalTo(
                        "refresh_token=rt-1&app_id=app-1&grant_type=refresh_token"))
                .willReturn(aResponse().withStatus(200).withBody(
                        "{\"access_token\":\"at-2\",\"refresh_token\":\"rt-2\",\"expires_in\":\"90000\"}")));
        providers.stubFor(post(urlEqualTo(ZALO_TOKEN)).withRequestBody(equalTo(
                        "refresh_token=rt-2&app_id=app-1&grant_type=refresh_token"))
                .willReturn(aResponse().withStatus(200).withBody(
                        "{\"access_token\":\"at-3\",\"refresh_token\":\"rt-3\",\"expires_in\":\"90000\"}")));

        Notification first = submit(Channel.ZALO);

        assertThat(stored(first).status()).isEqualTo(NotificationStatus.SENT);
        providers.verify(1, postRequestedFor(urlEqualTo(ZALO_TOKEN)).withHeader("secret_key", equalTo("s3cret")));
        TokenPair rotated = zaloTokens.load("app-1").orElseThrow();
        assertThat(rotated.refreshToken()).isEqualTo("rt-2");
        assertThat(rotated.expiresAt()).isEqualTo(MORNING.plusSeconds(90_000));

        clock.advance(Duration.ofHours(25)); // less than the 5-minute margin left
        Notification second = submit("ev-2", Channel.ZALO);

        assertThat(stored(second).status()).isEqualTo(NotificationStatus.SENT);
        providers.verify(2, postRequestedFor(urlEqualTo(ZALO_TOKEN)));
        providers.verify(1, postRequestedFor(urlEqualTo(ZNS)).withHeader("access_token", equalTo("at-3")));
        assertThat(zaloTokens.load("app-1").orElseThrow().refreshToken()).isEqualTo("rt-3");
    }

    @Test
    void noZnsTemplateForTheKindOfMessageFallsBackToSms() {
        providers.stubFor(post(urlEqualTo(SMS)).willReturn(Provider.SMS.ok()));
        Notification notification = Notification.pending("ev-1", "r-1", recipient(Channel.ZALO, Channel.SMS),
                new RenderedMessage("report.closed", Map.of("trackingCode", "DL-7K2M9QX"), "Phản ánh đã được đóng."),
                0, clock.instant());

        dispatcher.submit(notification);

        assertThat(stored(notification).channel()).isEqualTo(Channel.SMS);
        assertThat(stored(notification).channelFailures()).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("no ZNS template for report.closed"));
        providers.verify(0, postRequestedFor(urlEqualTo(ZNS)));
    }

    @Test
    void smsGoesOutWithTheProfilesSenderAuthAndVietnameseFoldedToAscii() {
        providers.stubFor(post(urlEqualTo(SMS)).willReturn(Provider.SMS.ok()));

        Notification notification = submit(Channel.SMS);

        providers.verify(postRequestedFor(urlEqualTo(SMS))
                .withHeader("Authorization", equalTo("Bearer sms-token"))
                .withHeader("Idempotency-Key", equalTo(notification.id()))
                .withRequestBody(equalToJson("{\"to\":\"84912345678\",\"from\":\"DAKLAK-GOV\","
                        + "\"text\":\"Phan anh DL-7K2M9QX da duoc giai quyet. Ket qua: \\\"Da va o ga\\\".\","
                        + "\"reference\":\"" + notification.id() + "\",\"unicode\":false}")));
    }

    // --- helpers

    private Notification submit(Channel... channels) {
        return submit("ev-1", channels);
    }

    private Notification submit(String eventId, Channel... channels) {
        Notification notification = Notification.pending(eventId, "r-1", recipient(channels),
                new RenderedMessage("report.resolved", Map.of("trackingCode", "DL-7K2M9QX", "note", "Đã vá ổ gà"),
                        "Phản ánh DL-7K2M9QX đã được giải quyết. Kết quả: “Đã vá ổ gà”."), 0, clock.instant());
        dispatcher.submit(notification);
        return notification;
    }

    private static Recipient recipient(Channel... channels) {
        List<Route> routes = new ArrayList<>();
        for (Channel channel : channels) {
            routes.add(new Route(channel, channel == Channel.EMAIL ? "hoa@example.vn" : "0912 345 678"));
        }
        return new Recipient(RecipientKind.CITIZEN, "reporter:r-1", "vi", routes, null, Set.of());
    }

    private Notification stored(Notification notification) {
        return notifications.findById(notification.id()).orElseThrow();
    }

    private static void stub(Provider provider, MappingBuilder mapping) {
        providers.stubFor(mapping);
    }

    private String referenceOf(Provider provider, LoggedRequest request) {
        var body = json.readTree(request.getBodyAsString());
        return provider == Provider.ZALO ? body.get("tracking_id").asString() : body.get("reference").asString();
    }

    /**
     * Timeouts of 1.2 s (room for a loaded machine; the slow stubs answer after 2.5 s), three calls per attempt, short
     * back-off; the circuit opens when 60% of the last four calls (at least {@code minimumCalls}) failed.
     */
    private static ResilienceSettings fast(int minimumCalls) {
        return new ResilienceSettings(Duration.ofSeconds(1), Duration.ofMillis(1200),
                new ResilienceSettings.Retry(3, Duration.ofMillis(50), 2.0, 0.5, Duration.ofMillis(200),
                        Duration.ofSeconds(2)),
                new ResilienceSettings.CircuitBreaker(60, Math.max(4, minimumCalls), minimumCalls,
                        Duration.ofMinutes(1), 1),
                new ResilienceSettings.Bulkhead(5, Duration.ofSeconds(1)),
                new ResilienceSettings.RateLimiter(100, Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }

    private static ZaloZnsProperties zaloProperties(ResilienceSettings settings) {
        return new ZaloZnsProperties(URI.create(providers.baseUrl() + ZNS), URI.create(providers.baseUrl()
                + ZALO_TOKEN), "app-1", "s3cret", "rt-1", "at-1", Duration.ofMinutes(5), Set.of(-124),
                Set.of(-32, -100, -115, -133, -144),
                Map.of("report.resolved", new ZnsTemplate("2400101", null,
                        Map.of("ma_phan_anh", "trackingCode", "ket_qua", "note"))), settings);
    }

    private static SmsGatewayProperties smsProfile(ResilienceSettings settings) {
        return new SmsGatewayProperties(URI.create(providers.baseUrl() + SMS),
                new SmsGatewayProperties.Auth(SmsGatewayProperties.AuthScheme.BEARER, "sms-token", null, null,
                        "X-API-Key"), "DAKLAK-GOV", true, new SmsGatewayProperties.Limits(160, 153, 70, 67), 3,
                new SmsGatewayProperties.Fields("to", "from", "text", "reference", "unicode"), Set.of(400, 422),
                null, List.of(), List.of(), "/messageId", settings);
    }

    /** E-mail and in-app, kept in memory: the channel after SMS in the fallback chain. */
    static final class RecordingProvider implements ChannelProvider {
        final List<OutgoingMessage> sent = new ArrayList<>();

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public Set<Channel> supportedChannels() {
            return EnumSet.of(Channel.EMAIL, Channel.IN_APP);
        }

        @Override
        public ChannelSender senderFor(Channel channel) {
            return new ChannelSender() {
                @Override
                public Channel channel() {
                    return channel;
                }

                @Override
                public String provider() {
                    return "recording";
                }

                @Override
                public SendReceipt send(OutgoingMessage message) {
                    sent.add(message);
                    return new SendReceipt("rec-" + sent.size());
                }
            };
        }
    }
}
