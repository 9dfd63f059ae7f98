package vn.gov.daklak.identity.otp;

import java.security.Principal;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

import vn.gov.daklak.identity.clients.ClientSettingNames;
import vn.gov.daklak.identity.clients.PlatformGrants;
import vn.gov.daklak.platform.security.AssuranceLevel;
import vn.gov.daklak.identity.principal.PlatformAuthentication;
import vn.gov.daklak.platform.security.SubjectType;
import vn.gov.daklak.identity.residents.ResidentAccounts;
import vn.gov.daklak.identity.staff.StaffDirectory;

/**
 * The phone-code grant: a right code signs in the resident (account created at the first sign-in) or the staff
 * member with that phone number, depending on the application ({@code signsIn}), at assurance {@code phone}. Tokens
 * come from the authorization server's own token generator and are stored like any other grant, so refresh,
 * revocation, introspection and userinfo work as for the standard grants.
 */
public class PhoneOtpGrantProvider implements AuthenticationProvider {
    /** Error code of a refusal for too many requests; the token endpoint answers it with 429. */
    public static final String RATE_LIMITED = "rate_limited";

    private final OtpService otp;
    private final ResidentAccounts residents;
    private final StaffDirectory staff;
    private final OAuth2AuthorizationService authorizations;
    private final OAuth2TokenGenerator<? extends OAuth2Token> tokens;
    private final Clock clock;

    PhoneOtpGrantProvider(OtpService otp, ResidentAccounts residents, StaffDirectory staff,
                          OAuth2AuthorizationService authorizations, OAuth2TokenGenerator<? extends OAuth2Token> tokens,
                          Clock clock) {
        this.otp = otp;
        this.residents = residents;
        this.staff = staff;
        this.authorizations = authorizations;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        PhoneOtpGrantToken grant = (PhoneOtpGrantToken) authentication;
        if (!(grant.getPrincipal() instanceof OAuth2ClientAuthenticationToken client) || !client.isAuthenticated()
                || client.getRegisteredClient() == null) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
        }
        RegisteredClient registeredClient = client.getRegisteredClient();
        SubjectType signsIn = ClientSettingNames.signsIn(registeredClient);
        if (!registeredClient.getAuthorizationGrantTypes().contains(PlatformGrants.PHONE_OTP) || signsIn == null) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT);
        }
        Set<String> scopes = grant.scopes().isEmpty() ? registeredClient.getScopes() : grant.scopes();
        if (!registeredClient.getScopes().containsAll(scopes)) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_SCOPE);
        }

        String phone = verify(grant, registeredClient);
        PlatformAuthentication principal = signIn(signsIn, phone);

        DefaultOAuth2TokenContext.Builder context = DefaultOAuth2TokenContext.builder()
                .registeredClient(registeredClient)
                .principal(principal)
                .authorizationServerContext(AuthorizationServerContextHolder.getContext())
                .authorizedScopes(new LinkedHashSet<>(scopes))
                .authorizationGrantType(PlatformGrants.PHONE_OTP)
                .authorizationGrant(grant);
        OAuth2Authorization.Builder authorization = OAuth2Authorization.withRegisteredClient(registeredClient)
                .principalName(principal.getName())
                .authorizationGrantType(PlatformGrants.PHONE_OTP)
                .authorizedScopes(new LinkedHashSet<>(scopes))
                .attribute(Principal.class.getName(), principal);

        OAuth2Token generatedAccess = generate(context.tokenType(OAuth2TokenType.ACCESS_TOKEN).build(), "access");
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                generatedAccess.getTokenValue(), generatedAccess.getIssuedAt(), generatedAccess.getExpiresAt(),
                scopes);
        if (generatedAccess instanceof ClaimAccessor claims) {
            authorization.token(accessToken,
                    m -> m.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, claims.getClaims()));
        } else {
            authorization.accessToken(accessToken);
        }

        OAuth2RefreshToken refreshToken = null;
        if (registeredClient.getAuthorizationGrantTypes().contains(AuthorizationGrantType.REFRESH_TOKEN)) {
            OAuth2Token generated = generate(context.tokenType(OAuth2TokenType.REFRESH_TOKEN).build(), "refresh");
            refreshToken = (OAuth2RefreshToken) generated;
            authorization.refreshToken(refreshToken);
        }

        Map<String, Object> parameters = new HashMap<>();
        if (scopes.contains(OidcScopes.OPENID)) {
            OAuth2TokenContext idContext = context.tokenType(new OAuth2TokenType(OidcParameterNames.ID_TOKEN))
                    .authorization(authorization.build()).build();
            Jwt jwt = (Jwt) generate(idContext, "ID");
            OidcIdToken idToken = new OidcIdToken(jwt.getTokenValue(), jwt.getIssuedAt(), jwt.getExpiresAt(),
                    jwt.getClaims());
            authorization.token(idToken,
                    m -> m.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, idToken.getClaims()));
            parameters.put(OidcParameterNames.ID_TOKEN, idToken.getTokenValue());
        }
        authorizations.save(authorization.build());
        return new OAuth2AccessTokenAuthenticationToken(registeredClient, client, accessToken, refreshToken,
                parameters);
    }

    private String verify(PhoneOtpGrantToken grant, RegisteredClient client) {
        try {
            return otp.verify(grant.challengeId(), grant.code(), client.getClientId(), grant.clientIp()).phone();
        } catch (OtpRejectedException e) {
            String code = e.reason() == OtpRejectedException.Reason.RATE_LIMITED ? RATE_LIMITED
                    : OAuth2ErrorCodes.INVALID_GRANT;
            throw new OAuth2AuthenticationException(new OAuth2Error(code, e.getMessage(), null));
        }
    }

    private PlatformAuthentication signIn(SubjectType signsIn, String phone) {
        String subject = switch (signsIn) {
            case RESIDENT -> residents.signInWithPhone(phone);
            case STAFF -> staff.findActiveByPhone(phone).orElseThrow(() -> new OAuth2AuthenticationException(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "No active staff account", null))).staffId();
            case CLIENT -> throw new OAuth2AuthenticationException(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT);
        };
        return new PlatformAuthentication(subject, signsIn, AssuranceLevel.PHONE, clock.instant());
    }

    private OAuth2Token generate(OAuth2TokenContext context, String what) {
        OAuth2Token token = tokens.generate(context);
        if (token == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.SERVER_ERROR,
                    "The token generator failed to generate the " + what + " token.", null));
        }
        return token;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PhoneOtpGrantToken.class.isAssignableFrom(authentication);
    }
}
