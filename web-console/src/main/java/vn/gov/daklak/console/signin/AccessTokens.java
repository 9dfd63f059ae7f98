package vn.gov.daklak.console.signin;

import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.WebUtils;

import vn.gov.daklak.console.api.ApiProblem;
import vn.gov.daklak.console.api.TokenProvider;

/** The session's access token, refreshed (rotating the refresh token) shortly before it expires. */
@Component
class AccessTokens implements TokenProvider {

    private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);

    private final IdentityClient identity;

    AccessTokens(IdentityClient identity) {
        this.identity = identity;
    }

    @Override
    public Optional<String> currentAccessToken() {
        HttpSession session = session();
        if (session == null) {
            return Optional.empty();
        }
        synchronized (WebUtils.getSessionMutex(session)) {
            SessionTokens tokens = (SessionTokens) session.getAttribute(SessionTokens.ATTRIBUTE);
            if (tokens == null) {
                return Optional.empty();
            }
            if (tokens.expiresBefore(Instant.now().plusSeconds(30)) && tokens.refreshToken() != null) {
                try {
                    tokens = identity.refresh(tokens);
                    session.setAttribute(SessionTokens.ATTRIBUTE, tokens);
                } catch (ApiProblem e) {
                    log.info("Refreshing a session's token failed ({}); the next call will say so", e.status());
                }
            }
            return Optional.of(tokens.accessToken());
        }
    }

    static void store(HttpSession session, SessionTokens tokens) {
        session.setAttribute(SessionTokens.ATTRIBUTE, tokens);
    }

    static Optional<SessionTokens> of(HttpSession session) {
        return Optional.ofNullable(session == null ? null
                : (SessionTokens) session.getAttribute(SessionTokens.ATTRIBUTE));
    }

    private static HttpSession session() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getSession(false);
        }
        return null;
    }
}
