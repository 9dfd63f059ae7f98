package vn.gov.daklak.identity.contact;

import java.security.SecureRandom;

/** Six random digits from a cryptographic source. */
public final class OtpCodes {
    private static final SecureRandom RANDOM = new SecureRandom();

    private OtpCodes() {
    }

    public static String next() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    public static boolean wellFormed(String code) {
        return code != null && code.matches("\\d{6}");
    }
}
