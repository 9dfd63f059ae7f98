package vn.gov.daklak.identity.clients;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import vn.gov.daklak.platform.security.SubjectType;

/**
 * A channel application registered as an OAuth client.
 *
 * @param signsIn           whom the phone-code grant signs in through this application (residents or staff); null
 *                          when it signs in nobody
 * @param roles             roles of the application's own tokens (client credentials)
 * @param rateLimitPerMinute token-endpoint calls allowed per minute
 */
public record ChannelClient(String id, String clientId, String name, ChannelKind channel, boolean confidential,
                            String secretHash, Set<String> grantTypes, Set<String> redirectUris, Set<String> scopes,
                            List<String> audiences, SubjectType signsIn, List<String> roles, int rateLimitPerMinute,
                            Duration accessTokenTtl, Duration refreshTokenTtl, boolean revoked, Instant createdAt,
                            Instant revokedAt) {

    public ChannelClient {
        grantTypes = Set.copyOf(grantTypes);
        redirectUris = redirectUris == null ? Set.of() : Set.copyOf(redirectUris);
        scopes = Set.copyOf(scopes);
        audiences = List.copyOf(audiences);
        roles = roles == null ? List.of() : List.copyOf(roles);
        grantTypes.forEach(PlatformGrants::of);
        if (!PlatformScopes.ALL.containsAll(scopes)) {
            throw new IllegalArgumentException("Unknown scopes; known: " + PlatformScopes.ALL);
        }
        if (!PlatformAudiences.ALL.containsAll(audiences)) {
            throw new IllegalArgumentException("Unknown audiences; known: " + PlatformAudiences.ALL);
        }
        if (grantTypes.contains("client_credentials") && !confidential) {
            throw new IllegalArgumentException("client_credentials needs a confidential application");
        }
        if (grantTypes.contains("phone_otp") && signsIn == null) {
            throw new IllegalArgumentException("phone_otp needs signsIn (RESIDENT or STAFF)");
        }
        if (grantTypes.contains("authorization_code") && redirectUris.isEmpty()) {
            throw new IllegalArgumentException("authorization_code needs at least one redirect URI");
        }
    }

    ChannelClient revoke(Instant at) {
        return new ChannelClient(id, clientId, name, channel, confidential, secretHash, grantTypes, redirectUris,
                scopes, audiences, signsIn, roles, rateLimitPerMinute, accessTokenTtl, refreshTokenTtl, true,
                createdAt, at);
    }

    ChannelClient withSecretHash(String hash) {
        return new ChannelClient(id, clientId, name, channel, confidential, hash, grantTypes, redirectUris, scopes,
                audiences, signsIn, roles, rateLimitPerMinute, accessTokenTtl, refreshTokenTtl, revoked, createdAt,
                revokedAt);
    }

    @Override
    public String toString() {
        return "ChannelClient[" + clientId + ", " + channel + (revoked ? ", revoked" : "") + "]";
    }
}
