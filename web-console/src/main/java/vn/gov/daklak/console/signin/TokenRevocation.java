package vn.gov.daklak.console.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

import vn.gov.daklak.console.api.ApiProblem;

/** Signing out revokes the session's refresh token at identity-service before the session ends. */
@Component
class TokenRevocation implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(TokenRevocation.class);

    private final IdentityClient identity;

    TokenRevocation(IdentityClient identity) {
        this.identity = identity;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        AccessTokens.of(request.getSession(false)).filter(t -> t.refreshToken() != null).ifPresent(tokens -> {
            try {
                identity.revoke(tokens);
            } catch (ApiProblem | org.springframework.web.client.ResourceAccessException e) {
                log.info("Revoking a signed-out session's refresh token failed: {}", e.getMessage());
            }
        });
    }
}
