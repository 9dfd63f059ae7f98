package vn.gov.daklak.identity.keys;

import java.time.Instant;

import com.nimbusds.jose.jwk.RSAKey;

/** One RS256 signing key pair. Keys are numbered by {@code generation}; the newest one already active signs. */
record SigningKey(String kid, long generation, Instant createdAt, Instant activatesAt, RSAKey rsaKey) {

    boolean activeAt(Instant now) {
        return !activatesAt.isAfter(now);
    }

    @Override
    public String toString() {
        return "SigningKey[" + kid + ", generation " + generation + "]";
    }
}
