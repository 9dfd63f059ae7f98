package vn.gov.daklak.console.signin;

import java.io.Serializable;
import java.time.Instant;

/** The tokens of a signed-in person, kept in their server-side session only. */
record SessionTokens(String clientId, String accessToken, String refreshToken, Instant expiresAt)
        implements Serializable {

    static final String ATTRIBUTE = SessionTokens.class.getName();

    boolean expiresBefore(Instant instant) {
        return expiresAt.isBefore(instant);
    }
}
