package vn.gov.daklak.console.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** A page that needs a session (the request is saved by Spring Security to come back to) sends the person to sign in: residents for filing, staff for everything else. */
final class SignInEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String kind = path.startsWith("/report") ? "resident" : "staff";
        response.sendRedirect(request.getContextPath() + "/sign-in?kind=" + kind);
    }
}
