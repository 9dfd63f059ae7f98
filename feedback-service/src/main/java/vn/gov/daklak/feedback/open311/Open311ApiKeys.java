package vn.gov.daklak.feedback.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.gov.daklak.contracts.report.IntakeChannel;

/**
 * Open311 GeoReport v2 requires an {@code api_key} parameter to file a request, so Open311 partners keep a per-partner
 * key (everything else uses identity-service's bearer tokens). Keys are stored only as SHA-256 hashes, each with the
 * intake channel its reports get: {@code feedback.open311.api-keys.<sha256-hex>=OPEN311}.
 */
@ConfigurationProperties("feedback.open311")
record Open311ApiKeys(Map<String, IntakeChannel> apiKeys) {

    Open311ApiKeys {
        apiKeys = apiKeys == null ? Map.of() : Map.copyOf(apiKeys);
    }

    /** The intake channel a key was issued for; empty for an unknown key. */
    Optional<IntakeChannel> channelFor(String key) {
        return Optional.ofNullable(apiKeys.get(sha256(key)));
    }

    static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
