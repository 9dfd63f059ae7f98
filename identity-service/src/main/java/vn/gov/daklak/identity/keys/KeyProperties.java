package vn.gov.daklak.identity.keys;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rotationPeriod how long a key signs before the next one takes over
 * @param publishAhead   how long a new key is in the JWKS before it signs, so every resource server (and every instance
 *                       of this service, which caches keys for {@code cacheTtl}) knows it before it sees a token
 * @param cacheTtl       how long an instance trusts its copy of the key list
 * @param checkInterval  how often the rotation job looks whether a rotation is due
 */
@ConfigurationProperties("identity.keys")
record KeyProperties(@DefaultValue("30d") Duration rotationPeriod, @DefaultValue("1h") Duration publishAhead,
                     @DefaultValue("30s") Duration cacheTtl, @DefaultValue("10m") Duration checkInterval) {
}
