package vn.gov.daklak.identity.clients;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.time.Duration;
import java.util.Base64;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.gov.daklak.platform.ratelimit.RateLimiter;

/**
 * Limits calls of the token, revocation and introspection endpoints per channel application
 * ({@code rateLimitPerMinute} of its registration). Over the limit: 429 with {@code Retry-After}, before any secret is
 * checked. Unknown client ids pass through (the endpoint refuses them).
 */
public class ClientRateLimitFilter extends OncePerRequestFilter {
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final RegisteredClientRepository clients;
    private final RateLimiter rateLimiter;

    public ClientRateLimitFilter(RegisteredClientRepository clients, RateLimiter rateLimiter) {
        this.clients = clients;
        this.rateLimiter = rateLimiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"POST".equals(request.getMethod())
                || !(path.equals("/oauth2/token") || path.equals("/oauth2/revoke") || path.equals("/oauth2/introspect"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String clientId = clientId(request);
        RegisteredClient client = clientId == null ? null : clients.findByClientId(clientId);
        if (client != null) {
            RateLimiter.Decision decision = rateLimiter.acquire("client:" + client.getId(),
                    ClientSettingNames.rateLimitPerMinute(client), WINDOW);
            if (!decision.allowed()) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfter().toSeconds()));
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.getOutputStream().write(("{\"error\":\"rate_limited\",\"error_description\":"
                        + "\"Too many requests from this application; retry later.\"}").getBytes(UTF_8));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String clientId(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), UTF_8);
                int colon = decoded.indexOf(':');
                return colon > 0 ? java.net.URLDecoder.decode(decoded.substring(0, colon), UTF_8) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return request.getParameter("client_id");
    }
}
