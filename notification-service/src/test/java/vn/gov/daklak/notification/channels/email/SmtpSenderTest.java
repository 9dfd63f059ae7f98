package vn.gov.daklak.notification.channels.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.notification.channels.ChannelSender;
import vn.gov.daklak.notification.channels.DeliveryException;
import vn.gov.daklak.notification.channels.OutgoingMessage;
import vn.gov.daklak.notification.channels.SendReceipt;
import vn.gov.daklak.notification.channels.resilience.ProviderResilience;
import vn.gov.daklak.notification.channels.resilience.ResilienceSettings;
import vn.gov.daklak.notification.templates.TestTemplates;

/** The SMTP adapter against a real SMTP server (GreenMail) in the test. */
class SmtpSenderTest {
    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String TEXT = "Phản ánh DL-7K2M9QX đã được giải quyết. Kết quả: “Đã thu gom rác & phun "
            + "khử mùi <khu vực chợ>”.";

    @Test
    void emailArrivesWithTheVietnameseSubjectAndBothPlainTextAndHtmlInUtf8() throws Exception {
        SendReceipt receipt = sender(mailServer.getSmtp().getPort()).send(message("hoa@example.vn", "vi"));

        MimeMessage received = mailServer.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Phản ánh DL-7K2M9QX đã được giải quyết");
        assertThat(received.getHeader("Subject", null)).startsWith("=?UTF-8?");
        assertThat(received.getFrom()[0].toString()).contains("no-reply@daklak.gov.vn");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("hoa@example.vn");
        assertThat(received.getHeader("X-Notification-Id")[0]).isEqualTo("n-1@notification.daklak.gov.vn");
        assertThat(receipt.providerMessageId()).isEqualTo(received.getMessageID());

        String plain = GreenMailUtil.getBody(received);
        assertThat(plain).isNotBlank();
        assertThat(textPart(received, "text/plain")).startsWith(TEXT).contains("Vui lòng không trả lời thư này.");
        assertThat(textPart(received, "text/html")).contains("<html lang=\"vi\">")
                .contains("Phản ánh DL-7K2M9QX đã được giải quyết. Kết quả: “Đã thu gom rác &amp; phun khử mùi "
                        + "&lt;khu vực chợ&gt;”.");
    }

    @Test
    void englishReadersGetAnEnglishSubject() throws Exception {
        sender(mailServer.getSmtp().getPort()).send(message("john@example.com", "en"));

        assertThat(mailServer.getReceivedMessages()[0].getSubject()).isEqualTo("Report DL-7K2M9QX has been resolved");
    }

    @Test
    void malformedAddressIsPermanentAndNothingIsSent() {
        assertThatThrownBy(() -> sender(mailServer.getSmtp().getPort()).send(message("hoa at example", "vi")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.permanent()).isTrue());
        assertThat(mailServer.getReceivedMessages()).isEmpty();
    }

    @Test
    void unreachableServerIsTransient() {
        int closedPort = mailServer.getSmtp().getPort() + 1;
        assertThatThrownBy(() -> sender(closedPort).send(message("hoa@example.vn", "vi")))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT));
    }

    private static ChannelSender sender(int port) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("localhost");
        mail.setPort(port);
        mail.setDefaultEncoding("UTF-8");
        mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        mail.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        ResilienceSettings defaults = ResilienceSettings.defaults();
        ResilienceSettings once = new ResilienceSettings(defaults.connectTimeout(), defaults.timeout(),
                new ResilienceSettings.Retry(1, Duration.ofMillis(10), 1.0, 0.0, Duration.ofMillis(10),
                        Duration.ZERO), defaults.circuitBreaker(), defaults.bulkhead(), defaults.rateLimiter());
        SmtpProperties properties = new SmtpProperties("Cổng phản ánh kiến nghị tỉnh Đắk Lắk <no-reply@daklak.gov.vn>",
                "notification.daklak.gov.vn", once);
        return new SmtpProvider(() -> mail, properties, TestTemplates.renderer(),
                new ProviderResilience(new SimpleMeterRegistry())).senderFor(Channel.EMAIL);
    }

    private static OutgoingMessage message(String address, String language) {
        boolean english = language.equals("en");
        return new OutgoingMessage("n-1", Channel.EMAIL, address, language, "report.resolved",
                Map.of("trackingCode", "DL-7K2M9QX", "note", "Đã thu gom rác"),
                english ? "Report DL-7K2M9QX has been resolved." : TEXT);
    }

    /** The first body part of that type, however deeply multipart/mixed, related and alternative are nested. */
    private static String textPart(jakarta.mail.Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = textPart(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
