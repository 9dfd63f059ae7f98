package vn.gov.daklak.identity.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Secrets that protect personal data and signing keys at rest, both base64: {@code encryption-key} (32 bytes,
 * AES-256-GCM) and {@code hmac-key} (at least 32 bytes, HMAC-SHA256 for look-ups). There are no defaults outside the
 * {@code local} profile: without them the service does not start (data written with one key is unreadable with
 * another, so a generated key would lose data at the next restart).
 */
@ConfigurationProperties("identity.crypto")
public record CryptoProperties(String encryptionKey, String hmacKey) {
}
