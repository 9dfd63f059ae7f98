package vn.gov.daklak.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.gov.daklak.platform.test.TestInfrastructure;
import vn.gov.daklak.platform.test.TestTokens;
import vn.gov.daklak.platform.test.mongo.KeyedAccessExtension;

/**
 * The whole service on the shared test infrastructure (a real Kafka broker and a MongoDB endpoint,
 * {@link TestInfrastructure}), access tokens checked against {@link TestTokens}' JWKS. Zalo goes to a simulated ZNS
 * server (WireMock), e-mail to a real SMTP server (GreenMail); SMS and in-app stay on the local sinks. Quiet hours are
 * off here (they are tested with a clock of their own), so the suites pass at any hour.
 *
 * <p>Every integration test extends this class, so they share one application context: one consumer of the
 * {@code notification-service} group and one delivery sweep, never two with different providers racing for the same
 * records. The WireMock and GreenMail servers live as long as the test JVM, like the cached context.
 */
@SpringBootTest(properties = {
        "notification.dispatch.sweep-interval=500ms",
        "notification.dispatch.sweep-grace=1s",
        "notification.quiet-hours.enabled=false",
        "notification.channels.zalo.provider=zalo-zns",
        "notification.channels.email.provider=smtp",
        "notification.providers.zalo-zns.app-id=flow-app",
        "notification.providers.zalo-zns.secret-key=flow-secret",
        "notification.providers.zalo-zns.access-token=flow-token",
        "notification.providers.zalo-zns.refresh-token=flow-refresh"})
@AutoConfigureMockMvc
public abstract class NotificationServiceIntegrationTest {
    /** An {@code Authorization} value of province operations: every report's delivery records. */
    protected static final String OPERATIONS = TestTokens.staff("ops-01", "PROVINCE_OPERATIONS").bearer();
    protected static final String ZNS = "/message/template";
    protected static final WireMockServer ZALO = new WireMockServer(options().dynamicPort());
    protected static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        ZALO.start();
        ZALO.stubFor(post(urlEqualTo(ZNS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"zns-flow\"}}")));
        MAIL.start();
    }

    /** Every command the service sends while a test runs reads by key, or is one of the named exemptions. */
    @RegisterExtension
    static final KeyedAccessExtension KEYED_ACCESS = new KeyedAccessExtension(NotificationKeyedAccess.EXEMPTIONS);

    @Autowired
    protected MockMvcTester http;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
        registry.add("notification.providers.zalo-zns.send-url", () -> ZALO.baseUrl() + ZNS);
        registry.add("notification.providers.zalo-zns.token-url", () -> ZALO.baseUrl() + "/oauth/access_token");
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }
}
