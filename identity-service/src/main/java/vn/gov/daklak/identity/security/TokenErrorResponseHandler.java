package vn.gov.daklak.identity.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ErrorAuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.gov.daklak.identity.otp.PhoneOtpGrantProvider;

/** Standard OAuth error responses (400/401), except that a rate-limited request gets 429. */
class TokenErrorResponseHandler implements AuthenticationFailureHandler {
    private final AuthenticationFailureHandler standard = new OAuth2ErrorAuthenticationFailureHandler();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof OAuth2AuthenticationException oauth
                && PhoneOtpGrantProvider.RATE_LIMITED.equals(oauth.getError().getErrorCode())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", "60");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getOutputStream().write(("{\"error\":\"" + PhoneOtpGrantProvider.RATE_LIMITED
                    + "\",\"error_description\":\"Too many requests; try later\"}").getBytes(UTF_8));
            return;
        }
        standard.onAuthenticationFailure(request, response, exception);
    }
}
