package vn.gov.daklak.notification.channels.zalo;

import java.time.Instant;
import java.util.Optional;

/** Port: the current Zalo token pair, shared by every instance of the service (refresh tokens are single-use). */
public interface ZaloTokens {

    record TokenPair(String accessToken, String refreshToken, Instant expiresAt, String seed, long version) {
    }

    Optional<TokenPair> load(String appId);

    /**
     * Stores {@code next} if the stored pair is still {@code expectedVersion} (0: none stored yet).
     *
     * @return false when another instance changed it first (reload and use theirs)
     */
    boolean replace(String appId, long expectedVersion, TokenPair next);
}
