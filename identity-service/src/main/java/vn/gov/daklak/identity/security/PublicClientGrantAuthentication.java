package vn.gov.daklak.identity.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.AuthenticationConverter;

import jakarta.servlet.http.HttpServletRequest;
import vn.gov.daklak.identity.clients.PlatformGrants;

/**
 * Public applications (no secret: the province app, the Zalo mini app, the web app) identified by {@code client_id}
 * alone for the grants that need no proof key: the phone-code grant, refresh (tokens rotate) and revocation of their
 * own tokens. Spring accepts public clients only for {@code authorization_code} with PKCE; that path is unchanged.
 */
final class PublicClientGrantAuthentication {
    private static final String MARKER = "daklak.public-client";
    private static final Set<String> GRANTS = Set.of(PlatformGrants.PHONE_OTP.getValue(),
            AuthorizationGrantType.REFRESH_TOKEN.getValue());

    private PublicClientGrantAuthentication() {
    }

    static final class Converter implements AuthenticationConverter {
        @Override
        public Authentication convert(HttpServletRequest request) {
            if (request.getHeader(HttpHeaders.AUTHORIZATION) != null
                    || request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null
                    || request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION) != null) {
                return null;
            }
            String path = request.getRequestURI();
            boolean token = path.endsWith("/oauth2/token")
                    && GRANTS.contains(request.getParameter(OAuth2ParameterNames.GRANT_TYPE));
            boolean revoke = path.endsWith("/oauth2/revoke");
            String[] clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
            if (!(token || revoke) || clientIds == null || clientIds.length != 1 || clientIds[0].isBlank()) {
                return null;
            }
            Map<String, Object> parameters = new HashMap<>();
            parameters.put(MARKER, revoke ? "revoke" : request.getParameter(OAuth2ParameterNames.GRANT_TYPE));
            return new OAuth2ClientAuthenticationToken(clientIds[0], ClientAuthenticationMethod.NONE, null,
                    parameters);
        }
    }

    static final class Provider implements AuthenticationProvider {
        private final RegisteredClientRepository clients;

        Provider(RegisteredClientRepository clients) {
            this.clients = clients;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            OAuth2ClientAuthenticationToken token = (OAuth2ClientAuthenticationToken) authentication;
            Object use = token.getAdditionalParameters().get(MARKER);
            if (!ClientAuthenticationMethod.NONE.equals(token.getClientAuthenticationMethod()) || use == null) {
                return null;
            }
            RegisteredClient client = clients.findByClientId(String.valueOf(token.getPrincipal()));
            if (client == null
                    || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)) {
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT,
                        "Client authentication failed: client_id", null));
            }
            if (!"revoke".equals(use) && client.getAuthorizationGrantTypes().stream()
                    .noneMatch(g -> g.getValue().equals(use))) {
                throw new OAuth2AuthenticationException(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT);
            }
            return new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.NONE, null);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
