package vn.gov.daklak.notification.channels;

import java.util.Optional;

import vn.gov.daklak.notification.channels.zalo.ZaloTokens;

/** The {@link ZaloTokens} port with the MongoDB adapter's compare-and-set semantics, in memory. */
final class InMemoryZaloTokens implements ZaloTokens {
    private TokenPair pair;

    @Override
    public synchronized Optional<TokenPair> load(String appId) {
        return Optional.ofNullable(pair);
    }

    @Override
    public synchronized boolean replace(String appId, long expectedVersion, TokenPair next) {
        long current = pair == null ? 0 : pair.version();
        if (current != expectedVersion) {
            return false;
        }
        pair = new TokenPair(next.accessToken(), next.refreshToken(), next.expiresAt(), next.seed(),
                expectedVersion + 1);
        return true;
    }
}
