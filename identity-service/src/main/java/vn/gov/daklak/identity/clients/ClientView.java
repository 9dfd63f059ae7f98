package vn.gov.daklak.identity.clients;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import vn.gov.daklak.platform.security.SubjectType;

/** A channel application as the admin API shows it; {@code clientSecret} only in the answer that created it. */
record ClientView(String clientId, String name, ChannelKind channel, boolean confidential, Set<String> grantTypes,
                  Set<String> redirectUris, Set<String> scopes, List<String> audiences, SubjectType signsIn,
                  List<String> roles, int rateLimitPerMinute, long accessTokenTtlSeconds,
                  long refreshTokenTtlSeconds, boolean revoked, Instant createdAt, Instant revokedAt,
                  String clientSecret) {

    static ClientView of(ChannelClient c) {
        return of(c, null);
    }

    static ClientView of(ChannelClient c, String secret) {
        return new ClientView(c.clientId(), c.name(), c.channel(), c.confidential(), c.grantTypes(),
                c.redirectUris(), c.scopes(), c.audiences(), c.signsIn(), c.roles(), c.rateLimitPerMinute(),
                c.accessTokenTtl().toSeconds(), c.refreshTokenTtl().toSeconds(), c.revoked(), c.createdAt(),
                c.revokedAt(), secret);
    }

    @Override
    public String toString() {
        return "ClientView[" + clientId + "]";
    }
}
