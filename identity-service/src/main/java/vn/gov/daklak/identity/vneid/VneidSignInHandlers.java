package vn.gov.daklak.identity.vneid;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.gov.daklak.platform.security.AssuranceLevel;
import vn.gov.daklak.identity.principal.PlatformAuthentication;
import vn.gov.daklak.platform.security.PlatformClaims;
import vn.gov.daklak.platform.security.SubjectType;

/** What happens after VNeID answers: the session holds the resident, and the authorization request goes on. */
final class VneidSignInHandlers {

    private VneidSignInHandlers() {
    }

    /** Replaces the OAuth login with the platform's own principal, then resumes the saved /oauth2/authorize call. */
    static AuthenticationSuccessHandler success(Clock clock) {
        SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        AuthenticationSuccessHandler resume = new SavedRequestAwareAuthenticationSuccessHandler();
        return (request, response, authentication) -> {
            OidcUser user = (OidcUser) authentication.getPrincipal();
            Authentication resident = new PlatformAuthentication(user.getSubject(), SubjectType.RESIDENT,
                    AssuranceLevel.ofAcr(user.getClaimAsString(PlatformClaims.ACR)), clock.instant());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(resident);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            resume.onAuthenticationSuccess(request, response, resident);
        };
    }

    /** 401 problem details naming why (unknown assurance level, no national ID, provider error). */
    static AuthenticationFailureHandler failure() {
        return new AuthenticationFailureHandler() {
            @Override
            public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                                AuthenticationException exception)
                    throws IOException, ServletException {
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                String detail = exception.getMessage() == null ? "VNeID sign-in failed"
                        : exception.getMessage().replace("\"", "'");
                response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"VNeID sign-in failed\","
                        + "\"status\":401,\"detail\":\"" + detail + "\"}").getBytes(UTF_8));
            }
        };
    }
}
