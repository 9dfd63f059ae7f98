package vn.gov.daklak.identity.otp;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in codes: lifetime, tries, lockout and rate limits ({@code identity.otp.*}).
 *
 * @param maxAttempts     wrong codes allowed per code; the last one ends that code (never the phone number)
 * @param perPhoneLimit   codes sent to one phone number per {@code perPhoneWindow}
 * @param perPhoneDailyLimit codes sent to one phone number per day: at most this × {@code maxAttempts} guesses a day
 * @param wrongPerPhoneAndNetworkLimit wrong codes from one network for one phone number per day
 * @param perIpLimit      codes asked for from one network ({@link Networks}) per {@code perIpWindow}
 * @param verifyPerIpLimit codes tried from one network per {@code perIpWindow}
 */
@ConfigurationProperties("identity.otp")
record OtpProperties(@DefaultValue("5m") Duration codeTtl, @DefaultValue("5") int maxAttempts,
                     @DefaultValue("10") int perPhoneDailyLimit, @DefaultValue("10") int wrongPerPhoneAndNetworkLimit,
                     @DefaultValue("3") int perPhoneLimit,
                     @DefaultValue("15m") Duration perPhoneWindow, @DefaultValue("20") int perIpLimit,
                     @DefaultValue("60") int verifyPerIpLimit, @DefaultValue("15m") Duration perIpWindow,
                     @DefaultValue("vi") String defaultLanguage) {
}
