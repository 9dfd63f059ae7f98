package vn.gov.daklak.identity.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Refresh tokens for every application that has the refresh grant, public ones (the province app, the Zalo mini app,
 * the web app) included: OAuth 2.1 allows that when refresh tokens rotate, and every registration here has
 * {@code reuseRefreshTokens=false}, so each refresh returns a new one and the old one stops working. (Spring's own
 * generator gives public clients none.)
 */
class PlatformRefreshTokenGenerator implements OAuth2TokenGenerator<OAuth2RefreshToken> {
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    PlatformRefreshTokenGenerator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public OAuth2RefreshToken generate(OAuth2TokenContext context) {
        if (!OAuth2TokenType.REFRESH_TOKEN.equals(context.getTokenType())) {
            return null;
        }
        byte[] bytes = new byte[64];
        random.nextBytes(bytes);
        Instant issuedAt = clock.instant();
        return new OAuth2RefreshToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), issuedAt,
                issuedAt.plus(context.getRegisteredClient().getTokenSettings().getRefreshTokenTimeToLive()));
    }
}
