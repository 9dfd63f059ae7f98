package vn.gov.daklak.notification.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.notification.dispatch.Notification;
import vn.gov.daklak.notification.dispatch.Notifications;
import vn.gov.daklak.notification.recipients.Recipient;
import vn.gov.daklak.notification.security.SecurityConfiguration;
import vn.gov.daklak.notification.templates.RenderedMessage;
import vn.gov.daklak.platform.security.ResourceServerConfiguration;
import vn.gov.daklak.platform.test.TestTokens;
import vn.gov.daklak.platform.web.ProblemDetailsAdvice;

/** With the service's real security rules and real tokens (the test issuer's JWKS): province operations call. */
@WebMvcTest(NotificationController.class)
@ImportAutoConfiguration(ResourceServerConfiguration.class)
@Import({ProblemDetailsAdvice.class, SecurityConfiguration.class})
class NotificationControllerTest {
    private static final String OPERATIONS = TestTokens.staff("ops-01", "PROVINCE_OPERATIONS").bearer();
    private static final Recipient CITIZEN = new Recipient(RecipientKind.CITIZEN, "reporter:r-1", Channel.SMS,
            "0912345678", "vi");

    @Autowired
    MockMvcTester http;
    @MockitoBean
    Notifications notifications;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("platform.security.issuer", TestTokens::issuer);
    }

    @Test
    void listsTheReportsNotificationsWithThePhoneMasked() {
        Notification received = Notification.pending("ev-1", "r-1", CITIZEN, new RenderedMessage("report.received",
                Map.of(), "Phản ánh của bạn đã được tiếp nhận."), 0, Instant.parse("2026-11-28T03:00:00Z"));
        when(notifications.findByReportId("r-1")).thenReturn(List.of(received));

        var result = http.get().uri("/api/v1/notifications?reportId=r-1").header(AUTHORIZATION, OPERATIONS).exchange();

        Map<String, Object> expected = new LinkedHashMap<>(Map.of(
                "id", received.id(), "reportId", "r-1", "recipientKind", "CITIZEN", "channel", "SMS",
                "address", "091****678", "templateKey", "report.received",
                "text", "Phản ánh của bạn đã được tiếp nhận.", "status", "PENDING", "attempts", 0,
                "createdAt", "2026-11-28T03:00:00Z"));
        expected.put("sentAt", null);
        expected.put("failedAt", null);
        expected.put("failureReason", null);
        expected.put("provider", null);
        expected.put("urgent", false);
        expected.put("heldUntil", null);
        expected.put("channelFailures", List.of());
        assertThat(result).hasStatusOk().bodyJson().extractingPath("$[0]").isEqualTo(expected);
        assertThat(result).bodyText().doesNotContain("0912345678");
    }

    @Test
    void missingReportIdIsABadRequestProblem() {
        assertThat(http.get().uri("/api/v1/notifications").header(AUTHORIZATION, OPERATIONS))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail").asString().contains("reportId");
        assertThat(http.get().uri("/api/v1/notifications").param("reportId", " ").header(AUTHORIZATION, OPERATIONS))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void unknownNotificationIsNotFound() {
        when(notifications.findById("nope")).thenReturn(Optional.empty());

        assertThat(http.get().uri("/api/v1/notifications/nope").header(AUTHORIZATION, OPERATIONS))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void signInCodesAreNeverShown() {
        Notification otp = Notification.pending("request:q-1", null, CITIZEN, new RenderedMessage("otp.code",
                Map.of("code", "482913"), "Mã xác thực của bạn là 482913."), 0, Instant.parse("2026-11-28T03:00:00Z"));
        when(notifications.findById(otp.id())).thenReturn(Optional.of(otp));

        assertThat(http.get().uri("/api/v1/notifications/{id}", otp.id()).header(AUTHORIZATION, OPERATIONS))
                .hasStatusOk()
                .bodyText().doesNotContain("482913");
    }

    @Test
    void withoutAProvinceWideStaffTokenNothingIsShown() {
        assertThat(http.get().uri("/api/v1/notifications?reportId=r-1")).hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(http.get().uri("/api/v1/notifications?reportId=r-1")
                .header(AUTHORIZATION, TestTokens.staff("can-bo-01", "TEAM_MEMBER").teams("66-24121-CDS")
                        .communes("24121").bearer())).hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(notifications);
    }
}
