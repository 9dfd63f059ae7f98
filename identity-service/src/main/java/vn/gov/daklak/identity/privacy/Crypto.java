package vn.gov.daklak.identity.privacy;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashing (HMAC-SHA256) for looking personal data up without storing it, and authenticated encryption
 * (AES-256-GCM, random 96-bit nonce) for what must be kept. Every use names a purpose, bound into the hash and into the
 * ciphertext as associated data, so a value protected for one purpose cannot be passed off as another.
 */
public class Crypto {
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hmacKey;
    private final SecureRandom random = new SecureRandom();

    public Crypto(CryptoProperties properties) {
        byte[] encryption = decode("identity.crypto.encryption-key", properties.encryptionKey());
        byte[] hmac = decode("identity.crypto.hmac-key", properties.hmacKey());
        if (encryption.length != 32) {
            throw new IllegalStateException("identity.crypto.encryption-key must be 32 bytes (base64)");
        }
        if (hmac.length < 32) {
            throw new IllegalStateException("identity.crypto.hmac-key must be at least 32 bytes (base64)");
        }
        this.encryptionKey = new SecretKeySpec(encryption, "AES");
        this.hmacKey = new SecretKeySpec(hmac, "HmacSHA256");
    }

    /** Hex HMAC-SHA256 of {@code purpose ":" value}: the same input always gives the same look-up key. */
    public String hash(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hmacKey);
            return HexFormat.of().formatHex(mac.doFinal((purpose + ":" + value).getBytes(UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of two hashes from {@link #hash}. */
    public static boolean sameHash(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(UTF_8), b.getBytes(UTF_8));
    }

    public String encrypt(String purpose, String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(VERSION).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Throws {@link IllegalStateException} if the ciphertext was altered, or sealed for another purpose or key. */
    public String decrypt(String purpose, String ciphertext) {
        ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(ciphertext));
        if (in.get() != VERSION) {
            throw new IllegalStateException("Unknown ciphertext version");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        in.get(nonce);
        byte[] sealed = new byte[in.remaining()];
        in.get(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(UTF_8));
            return new String(cipher.doFinal(sealed), UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt " + purpose + " data", e);
        }
    }

    private static byte[] decode(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: personal data and signing keys cannot be protected");
        }
        try {
            return Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not valid base64");
        }
    }
}
