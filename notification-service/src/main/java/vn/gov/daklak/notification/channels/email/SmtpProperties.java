package vn.gov.daklak.notification.channels.email;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.gov.daklak.notification.channels.resilience.ResilienceSettings;

/**
 * {@code notification.providers.smtp.*}. The server itself is Spring Boot's {@code spring.mail.*} (host, port,
 * credentials, {@code spring.mail.properties.mail.smtp.*timeout}).
 *
 * @param from            the sender, e.g. {@code "Cổng phản ánh Đắk Lắk <no-reply@daklak.gov.vn>"}
 * @param messageIdDomain right-hand side of our {@code X-Notification-Id}, for tracing a message in mail logs
 */
@ConfigurationProperties("notification.providers.smtp")
public record SmtpProperties(@DefaultValue("Cổng phản ánh kiến nghị tỉnh Đắk Lắk <no-reply@daklak.gov.vn>") String from,
                             @DefaultValue("notification.daklak.gov.vn") String messageIdDomain,
                             @DefaultValue ResilienceSettings resilience) {
}
