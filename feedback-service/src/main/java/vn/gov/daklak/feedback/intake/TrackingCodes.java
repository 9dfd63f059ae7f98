package vn.gov.daklak.feedback.intake;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/** Short codes a resident can read over the phone: "DL-" and 7 characters without 0/O, 1/I/L. */
@Component
class TrackingCodes {
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder code = new StringBuilder("DL-");
        for (int i = 0; i < 7; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
