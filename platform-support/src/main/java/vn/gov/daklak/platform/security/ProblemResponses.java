package vn.gov.daklak.platform.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletResponse;

/** 401 and 403 as RFC 9457 problem details, with the {@code WWW-Authenticate} header of RFC 6750. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> write(response, HttpStatus.UNAUTHORIZED,
                "Bearer error=\"invalid_token\"", "Unauthorized",
                "This operation needs a valid access token of the platform.");
    }

    public static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN,
                "Bearer error=\"insufficient_scope\"", "Forbidden",
                "The access token does not allow this operation.");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String challenge, String title,
                              String detail) throws IOException {
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\"}").getBytes(UTF_8));
    }
}
