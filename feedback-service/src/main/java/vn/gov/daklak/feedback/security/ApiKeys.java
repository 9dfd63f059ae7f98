package vn.gov.daklak.feedback.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.gov.daklak.contracts.report.IntakeChannel;

/**
 * API keys, stored only as SHA-256 hashes: {@code feedback.api-keys.<sha256-hex>=channel:PROVINCE_APP} or
 * {@code =staff-console}.
 */
@ConfigurationProperties("feedback")
public record ApiKeys(Map<String, String> apiKeys) {
    private static final String CHANNEL = "channel:";

    public ApiKeys {
        apiKeys = apiKeys == null ? Map.of() : Map.copyOf(apiKeys);
    }

    Optional<String> grantFor(String key) {
        return Optional.ofNullable(apiKeys.get(sha256(key)));
    }

    /** The citizen channel a key was issued to; empty for an unknown key or the staff console's. */
    public Optional<IntakeChannel> channelFor(String key) {
        return grantFor(key).filter(grant -> grant.startsWith(CHANNEL))
                .map(grant -> IntakeChannel.valueOf(grant.substring(CHANNEL.length())));
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
