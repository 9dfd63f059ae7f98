package vn.gov.daklak.identity.clients;

import java.time.Duration;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * The authorization server's view of the channel applications. A revoked application is unknown to it: its secret
 * and its refresh tokens stop working at once.
 */
@Component
class ChannelClientRegistry implements RegisteredClientRepository {
    private final ChannelClientStore store;

    ChannelClientRegistry(ChannelClientStore store) {
        this.store = store;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("Channel applications are registered through /api/v1/clients");
    }

    @Override
    public RegisteredClient findById(String id) {
        return store.findById(id).filter(c -> !c.revoked()).map(ChannelClientRegistry::toRegisteredClient)
                .orElse(null);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return store.findByClientId(clientId).filter(c -> !c.revoked())
                .map(ChannelClientRegistry::toRegisteredClient).orElse(null);
    }

    static RegisteredClient toRegisteredClient(ChannelClient c) {
        RegisteredClient.Builder builder = RegisteredClient.withId(c.id())
                .clientId(c.clientId())
                .clientIdIssuedAt(c.createdAt())
                .clientName(c.name());
        if (c.confidential()) {
            builder.clientSecret(c.secretHash())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        } else {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        c.grantTypes().forEach(g -> builder.authorizationGrantType(PlatformGrants.of(g)));
        c.redirectUris().forEach(builder::redirectUri);
        c.scopes().forEach(builder::scope);
        builder.clientSettings(ClientSettings.builder()
                .requireProofKey(true)
                .requireAuthorizationConsent(false)
                .setting(ClientSettingNames.AUDIENCES, c.audiences())
                .setting(ClientSettingNames.CHANNEL, c.channel().name())
                .setting(ClientSettingNames.ROLES, c.roles())
                .setting(ClientSettingNames.RATE_LIMIT, c.rateLimitPerMinute())
                .settings(s -> {
                    if (c.signsIn() != null) {
                        s.put(ClientSettingNames.SIGNS_IN, c.signsIn().name());
                    }
                })
                .build());
        builder.tokenSettings(TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(c.accessTokenTtl())
                .refreshTokenTimeToLive(c.refreshTokenTtl())
                .reuseRefreshTokens(false)
                .authorizationCodeTimeToLive(Duration.ofMinutes(2))
                .idTokenSignatureAlgorithm(SignatureAlgorithm.RS256)
                .build());
        return builder.build();
    }
}
