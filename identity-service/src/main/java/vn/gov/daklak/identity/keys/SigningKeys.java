package vn.gov.daklak.identity.keys;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The issuer's signing keys and their rotation. The newest key whose activation time has come signs; the JWKS lists
 * it, its predecessor (tokens it signed are still valid for a while) and any key announced but not yet active. Every
 * instance reads the same keys from the store, so restarts and parallel instances sign and verify alike; creating a
 * generation twice is refused by the store, so two instances rotating at once create one key.
 */
@Service
public class SigningKeys {
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final SigningKeyStore store;
    private final KeyProperties properties;
    private final Clock clock;
    private volatile Snapshot snapshot;

    SigningKeys(SigningKeyStore store, KeyProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** The key that signs now. */
    public RSAKey signingKey() {
        Instant now = clock.instant();
        return active(keys(), now).rsaKey();
    }

    /** Public halves of the keys a verifier must know now. */
    public List<JWK> publishedKeys() {
        Instant now = clock.instant();
        List<SigningKey> keys = keys();
        SigningKey active = active(keys, now);
        return keys.stream()
                .filter(k -> k.generation() >= active.generation() - 1)
                .map(k -> (JWK) k.rsaKey().toPublicJWK())
                .toList();
    }

    /** Creates the next key, signing after {@code activateIn}; the current one stays published. */
    public String rotate(Duration activateIn) {
        List<SigningKey> keys = reload();
        long next = keys.isEmpty() ? 1 : keys.get(keys.size() - 1).generation() + 1;
        Instant now = clock.instant();
        SigningKey key = newKey(next, now, now.plus(activateIn));
        if (store.insert(key)) {
            log.info("Signing key {} (generation {}) created, signs from {}", key.kid(), next, key.activatesAt());
        }
        reload();
        return key.kid();
    }

    /** Rotates when the newest key is older than the rotation period, and forgets keys no longer published. */
    void rotateIfDue() {
        List<SigningKey> keys = reload();
        Instant now = clock.instant();
        SigningKey newest = keys.isEmpty() ? null : keys.get(keys.size() - 1);
        if (newest == null || !newest.createdAt().plus(properties.rotationPeriod()).isAfter(now)) {
            rotate(properties.publishAhead());
            keys = reload();
        }
        SigningKey active = active(keys, now);
        keys.stream().filter(k -> k.generation() < active.generation() - 1).forEach(k -> {
            store.delete(k.kid());
            log.info("Signing key {} (generation {}) retired and removed", k.kid(), k.generation());
        });
    }

    List<SigningKey> keys() {
        Snapshot current = snapshot;
        if (current == null || !current.loadedAt().plus(properties.cacheTtl()).isAfter(clock.instant())) {
            return reload();
        }
        return current.keys();
    }

    private SigningKey active(List<SigningKey> keys, Instant now) {
        return keys.stream().filter(k -> k.activeAt(now)).max(Comparator.comparingLong(SigningKey::generation))
                .orElseGet(() -> {
                    // no key yet (first start) or only future ones: the first key signs at once
                    rotate(Duration.ZERO);
                    return reload().stream().filter(k -> k.activeAt(clock.instant()))
                            .max(Comparator.comparingLong(SigningKey::generation))
                            .orElseThrow(() -> new IllegalStateException("No signing key could be created"));
                });
    }

    private synchronized List<SigningKey> reload() {
        List<SigningKey> keys = store.all();
        snapshot = new Snapshot(clock.instant(), keys);
        return keys;
    }

    private static SigningKey newKey(long generation, Instant now, Instant activatesAt) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            String kid = UUID.randomUUID().toString();
            RSAKey rsaKey = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(kid)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
            return new SigningKey(kid, generation, now, activatesAt, rsaKey);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Snapshot(Instant loadedAt, List<SigningKey> keys) {
    }
}
