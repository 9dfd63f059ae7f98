package vn.gov.daklak.identity.otp;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in codes: lifetime, tries, lockout and rate limits ({@code identity.otp.*}).
 *
 * @param maxAttempts     wrong codes allowed per code; the last one locks the phone number for {@code lockout}
 * @param perPhoneLimit   codes sent to one phone number per {@code perPhoneWindow}
 * @param perIpLimit      codes asked for from one IP address per {@code perIpWindow}
 * @param verifyPerIpLimit codes tried from one IP address per {@code perIpWindow}
 */
@ConfigurationProperties("identity.otp")
record OtpProperties(@DefaultValue("5m") Duration codeTtl, @DefaultValue("5") int maxAttempts,
                     @DefaultValue("30m") Duration lockout, @DefaultValue("3") int perPhoneLimit,
                     @DefaultValue("15m") Duration perPhoneWindow, @DefaultValue("20") int perIpLimit,
                     @DefaultValue("60") int verifyPerIpLimit, @DefaultValue("15m") Duration perIpWindow,
                     @DefaultValue("vi") String defaultLanguage) {
}
