package vn.gov.daklak.notification.channels.email;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.notification.channels.ChannelSender;
import vn.gov.daklak.notification.channels.DeliveryException;
import vn.gov.daklak.notification.channels.OutgoingMessage;
import vn.gov.daklak.notification.channels.SendReceipt;
import vn.gov.daklak.notification.templates.TemplateRenderer;

/**
 * Sends a multipart/alternative e-mail (plain text and HTML, UTF-8, subject RFC 2047-encoded). SMTP has no
 * idempotency key; the notification id travels in {@code X-Notification-Id} so a duplicate after a lost answer
 * can at least be recognised.
 */
final class SmtpSender implements ChannelSender {
    static final String PROVIDER = "smtp";

    private final JavaMailSender mail;
    private final SmtpProperties properties;
    private final TemplateRenderer renderer;

    SmtpSender(JavaMailSender mail, SmtpProperties properties, TemplateRenderer renderer) {
        this.mail = mail;
        this.properties = properties;
        this.renderer = renderer;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public SendReceipt send(OutgoingMessage message) {
        InternetAddress to = address(message.address());
        EmailContent content = EmailContent.of(message, renderer);
        MimeMessage mime = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(to);
            helper.setSubject(content.subject());
            helper.setText(content.plainText(), content.html());
            mime.setHeader("X-Notification-Id", message.notificationId() + "@" + properties.messageIdDomain());
        } catch (MessagingException e) {
            throw DeliveryException.permanentFailure(PROVIDER + ": message could not be built: " + e.getMessage());
        }
        try {
            mail.send(mime);
            return new SendReceipt(messageId(mime, message));
        } catch (MailAuthenticationException e) {
            throw DeliveryException.transientFailure(PROVIDER + ": authentication failed", e);
        } catch (MailParseException | MailPreparationException e) {
            throw DeliveryException.permanentFailure(PROVIDER + ": " + e.getMessage());
        } catch (MailSendException e) {
            throw classify(e);
        } catch (MailException e) {
            throw DeliveryException.transientFailure(PROVIDER + ": " + e.getMessage(), e);
        }
    }

    /** The server refused the recipient (5xx to RCPT TO: it is in the invalid addresses): never deliverable. */
    private static DeliveryException classify(MailSendException e) {
        boolean recipientRejected = e.getFailedMessages().values().stream()
                .flatMap(SmtpSender::causes)
                .anyMatch(cause -> cause instanceof SendFailedException sfe && sfe.getInvalidAddresses() != null
                        && sfe.getInvalidAddresses().length > 0);
        String detail = PROVIDER + ": " + e.getMessage();
        return recipientRejected ? DeliveryException.permanentFailure(detail)
                : DeliveryException.transientFailure(detail, e);
    }

    private static Stream<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain.stream();
    }

    private static InternetAddress address(String raw) {
        try {
            InternetAddress address = new InternetAddress(raw == null ? "" : raw.strip(), true);
            if (!address.getAddress().contains("@")) {
                throw new AddressException("no domain", raw);
            }
            return address;
        } catch (AddressException e) {
            throw DeliveryException.permanentFailure(PROVIDER + ": not an e-mail address");
        }
    }

    private static String messageId(MimeMessage mime, OutgoingMessage message) {
        try {
            String[] ids = mime.getHeader("Message-ID");
            return ids == null || ids.length == 0 ? message.notificationId()
                    : Arrays.stream(ids).findFirst().orElse(message.notificationId());
        } catch (MessagingException e) {
            return message.notificationId();
        }
    }
}
