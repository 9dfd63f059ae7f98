package vn.gov.daklak.identity.clients;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.gov.daklak.platform.security.SubjectType;

/** Body of {@code POST /api/v1/clients}: a new channel application (typically an Open311 partner). */
record ClientRegistration(
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "must be 3 to 64 lower-case letters, digits, '.', '-' or '_'")
        String clientId,
        @NotBlank @Size(max = 200) String name,
        @NotNull ChannelKind channel,
        boolean confidential,
        @NotEmpty Set<@NotBlank String> grantTypes,
        Set<@NotBlank String> redirectUris,
        @NotEmpty Set<@NotBlank String> scopes,
        @NotEmpty List<@NotBlank String> audiences,
        SubjectType signsIn,
        List<@NotBlank String> roles,
        @Min(1) @Max(100_000) Integer rateLimitPerMinute,
        @Min(60) @Max(3600) Integer accessTokenTtlSeconds,
        @Min(3600) @Max(90 * 86_400) Integer refreshTokenTtlSeconds) {

    ChannelClient toClient(String id, String assignedClientId, String secretHash, Instant now) {
        return new ChannelClient(id, assignedClientId, name, channel, confidential, secretHash, grantTypes,
                redirectUris, scopes, audiences, signsIn, roles, rateLimitPerMinute == null ? 60 : rateLimitPerMinute,
                Duration.ofSeconds(accessTokenTtlSeconds == null ? 600 : accessTokenTtlSeconds),
                Duration.ofSeconds(refreshTokenTtlSeconds == null ? 30 * 86_400 : refreshTokenTtlSeconds),
                false, now, null);
    }

    static ClientRegistration of(String clientId, ClientCatalogProperties.Seed seed) {
        return new ClientRegistration(clientId, seed.name(), seed.channel(), seed.confidential(), seed.grantTypes(),
                seed.redirectUris(), seed.scopes(), seed.audiences(), seed.signsIn(), seed.roles(),
                seed.rateLimitPerMinute(), (int) seed.accessTokenTtl().toSeconds(),
                (int) seed.refreshTokenTtl().toSeconds());
    }
}
