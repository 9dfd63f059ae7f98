package vn.gov.daklak.identity.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.jwk.JWK;

import vn.gov.daklak.platform.test.MutableClock;

class SigningKeysTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-07-01T00:00:00Z"));
    private final InMemoryStore store = new InMemoryStore();
    private final KeyProperties properties = new KeyProperties(Duration.ofDays(30), Duration.ofHours(1),
            Duration.ZERO, Duration.ofMinutes(10));
    private final SigningKeys keys = new SigningKeys(store, properties, clock);

    @Test
    void theFirstKeyIsCreatedWhenFirstNeeded() {
        String kid = keys.signingKey().getKeyID();

        assertThat(store.keys).hasSize(1);
        assertThat(kids(keys.publishedKeys())).containsExactly(kid);
        assertThat(keys.publishedKeys().get(0).isPrivate()).isFalse();
    }

    @Test
    void aDueRotationAnnouncesTheNextKeyBeforeItSigns() {
        String first = keys.signingKey().getKeyID();
        clock.advance(Duration.ofDays(31));

        keys.rotateIfDue();

        String next = store.keys.get(1).kid();
        assertThat(keys.signingKey().getKeyID()).as("announced, not yet signing").isEqualTo(first);
        assertThat(kids(keys.publishedKeys())).containsExactlyInAnyOrder(first, next);
        clock.advance(Duration.ofHours(1));
        assertThat(keys.signingKey().getKeyID()).isEqualTo(next);
        assertThat(kids(keys.publishedKeys())).as("the previous key stays published").contains(first, next);
    }

    @Test
    void aRotationThatIsNotDueDoesNothing() {
        keys.signingKey();
        clock.advance(Duration.ofDays(29));

        keys.rotateIfDue();

        assertThat(store.keys).hasSize(1);
    }

    @Test
    void keysOlderThanThePreviousOneAreRemoved() {
        String first = keys.signingKey().getKeyID();
        keys.rotate(Duration.ZERO);
        String third = keys.rotate(Duration.ZERO);

        keys.rotateIfDue();

        assertThat(kids(keys.publishedKeys())).doesNotContain(first).contains(third).hasSize(2);
        assertThat(store.keys).hasSize(2);
    }

    @Test
    void twoInstancesOnOneStoreSignWithTheSameKey() {
        SigningKeys other = new SigningKeys(store, properties, clock);
        String kid = keys.signingKey().getKeyID();

        assertThat(other.signingKey().getKeyID()).isEqualTo(kid);
        other.rotate(Duration.ZERO);
        assertThat(keys.signingKey().getKeyID()).isEqualTo(other.signingKey().getKeyID());
    }

    private static List<String> kids(List<JWK> jwks) {
        return jwks.stream().map(JWK::getKeyID).toList();
    }

    private static final class InMemoryStore implements SigningKeyStore {
        final List<SigningKey> keys = new ArrayList<>();

        @Override
        public synchronized List<SigningKey> all() {
            return keys.stream().sorted(Comparator.comparingLong(SigningKey::generation)).toList();
        }

        @Override
        public synchronized boolean insert(SigningKey key) {
            if (keys.stream().anyMatch(k -> k.generation() == key.generation())) {
                return false;
            }
            keys.add(key);
            return true;
        }

        @Override
        public synchronized void delete(String kid) {
            keys.removeIf(k -> k.kid().equals(kid));
        }
    }
}
