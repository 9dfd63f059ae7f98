package vn.gov.daklak.feedback.security;

import java.io.IOException;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.report.IntakeChannel;

/**
 * Every {@code /api/**} call needs a known {@code X-Api-Key}; otherwise 401 problem details. The public transparency
 * API ({@code /api/v1/public/**}) needs none.
 */
class ApiKeyFilter extends OncePerRequestFilter {
    private static final String PUBLIC_API = "/api/v1/public/";

    private final ApiKeys keys;
    private final JsonMapper json;

    ApiKeyFilter(ApiKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/api/") || path.startsWith(PUBLIC_API);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ApiPrincipal> principal = Optional.ofNullable(request.getHeader("X-Api-Key"))
                .flatMap(keys::grantFor)
                .map(grant -> toPrincipal(grant, request.getHeader("X-Staff-Id")));
        if (principal.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "A valid X-Api-Key header is required.");
            problem.setTitle("Unauthorized");
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        request.setAttribute(ApiPrincipal.ATTRIBUTE, principal.get());
        chain.doFilter(request, response);
    }

    private static ApiPrincipal toPrincipal(String grant, String staffId) {
        if (grant.equals("staff-console")) {
            return new ApiPrincipal(ApiPrincipal.Kind.STAFF_CONSOLE, null, staffId);
        }
        return new ApiPrincipal(ApiPrincipal.Kind.CHANNEL,
                IntakeChannel.valueOf(grant.substring("channel:".length())), null);
    }
}
