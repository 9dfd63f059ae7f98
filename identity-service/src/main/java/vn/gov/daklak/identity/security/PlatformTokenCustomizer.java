package vn.gov.daklak.identity.security;

import java.util.ArrayList;
import java.util.Set;

import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import vn.gov.daklak.identity.clients.ClientSettingNames;
import vn.gov.daklak.platform.security.PlatformClaims;

/**
 * The platform's claims. Access tokens ({@code typ: at+jwt}): {@code aud} = the services the application may call,
 * {@code client_id}, {@code channel}, {@code subject_type}, {@code roles}, {@code team_ids}, {@code commune_codes},
 * {@code acr} (people only) and {@code phone_number} (only with the {@code phone} scope). ID tokens: {@code acr},
 * {@code subject_type}, {@code name} (with {@code profile}), {@code phone_number} (with {@code phone}).
 */
class PlatformTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {
    private final Subjects subjects;

    PlatformTokenCustomizer(Subjects subjects) {
        this.subjects = subjects;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        RegisteredClient client = context.getRegisteredClient();
        Subjects.Subject subject = subjects.describe(context.getPrincipal(), client);
        Set<String> scopes = context.getAuthorizedScopes();
        var claims = context.getClaims();
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            context.getJwsHeader().type("at+jwt");
            claims.audience(new ArrayList<>(ClientSettingNames.audiences(client)));
            claims.claim(PlatformClaims.CLIENT_ID, client.getClientId());
            claims.claim(PlatformClaims.CHANNEL, ClientSettingNames.channel(client));
            claims.claim(PlatformClaims.SUBJECT_TYPE, subject.type().claimValue());
            claims.claim(PlatformClaims.ROLES, new ArrayList<>(subject.roles()));
            claims.claim(PlatformClaims.TEAM_IDS, new ArrayList<>(subject.teamIds()));
            claims.claim(PlatformClaims.COMMUNE_CODES, new ArrayList<>(subject.communeCodes()));
            if (subject.assurance() != null) {
                claims.claim(PlatformClaims.ACR, subject.assurance().acr());
            }
            if (scopes.contains(OidcScopes.PHONE) && subject.phone() != null) {
                claims.claim(PlatformClaims.PHONE_NUMBER, subject.phone());
            }
        } else if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            claims.claim(PlatformClaims.SUBJECT_TYPE, subject.type().claimValue());
            if (subject.assurance() != null) {
                claims.claim(PlatformClaims.ACR, subject.assurance().acr());
            }
            if (scopes.contains(OidcScopes.PROFILE) && subject.name() != null) {
                claims.claim("name", subject.name());
            }
            if (scopes.contains(OidcScopes.PHONE) && subject.phone() != null) {
                claims.claim(PlatformClaims.PHONE_NUMBER, subject.phone());
            }
        }
    }
}
