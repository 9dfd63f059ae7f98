package vn.gov.daklak.feedback.intake;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The look-up key of a phone number a report was filed for (assisted filing): a keyed hash (HMAC-SHA256 of the E.164
 * number) with {@code feedback.privacy.phone-hash-key} (base64, at least 32 bytes). Only this hash is stored to find
 * the reports a resident claims; the number itself stays only in the reporter's contact, for notifications. There is
 * no default outside the {@code local} profile: a new key would make every unclaimed report unclaimable.
 */
@Component
public class PhoneLookup {
    private final SecretKeySpec key;

    PhoneLookup(@Value("${feedback.privacy.phone-hash-key:}") String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("feedback.privacy.phone-hash-key must be base64", e);
        }
        if (bytes.length < 32) {
            throw new IllegalStateException("feedback.privacy.phone-hash-key must be set: at least 32 bytes, base64 "
                    + "(FEEDBACK_PRIVACY_PHONEHASHKEY)");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The look-up key of a Vietnamese mobile number in any of its usual forms. */
    public String of(String phone) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(("phone:" + e164(phone)).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code 0912345678}, {@code 84912345678}, {@code +84912345678} → {@code +84912345678}. */
    static String e164(String phone) {
        String digits = phone.strip().replaceAll("[\\s.-]", "");
        if (digits.startsWith("+")) {
            return digits;
        }
        if (digits.startsWith("84") && digits.length() == 11) {
            return "+" + digits;
        }
        if (digits.startsWith("0")) {
            return "+84" + digits.substring(1);
        }
        return digits;
    }
}
