package vn.gov.daklak.notification.dispatch;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.gov.daklak.contracts.notification.Channel;

/**
 * {@code notification.quiet-hours.*}: when non-urgent messages on {@code channels} wait for the morning. A
 * resident's own quiet hours ({@code identity.contact-preferences-changed}) replace {@code start}/{@code end}.
 */
@ConfigurationProperties("notification.quiet-hours")
public record QuietHoursProperties(@DefaultValue("true") boolean enabled,
                                   @DefaultValue("21:00") LocalTime start,
                                   @DefaultValue("07:00") LocalTime end,
                                   @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
                                   @DefaultValue({"SMS", "ZALO"}) Set<Channel> channels) {
}
