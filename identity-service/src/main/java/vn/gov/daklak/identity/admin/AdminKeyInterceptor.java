package vn.gov.daklak.identity.admin;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Lets a request reach an {@link AdminOnly} endpoint only with the configured {@value #HEADER}. */
class AdminKeyInterceptor implements HandlerInterceptor {
    static final String HEADER = "X-Admin-Key";

    /** Null when no key is configured: then every admin call is refused rather than allowed. */
    private final byte[] expectedKey;

    AdminKeyInterceptor(String adminKey) {
        this.expectedKey = adminKey == null || adminKey.isBlank() ? null : adminKey.getBytes(UTF_8);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && isAdminOnly(method) && !accepted(request.getHeader(HEADER))) {
            throw new AdminKeyRejectedException();
        }
        return true;
    }

    private static boolean isAdminOnly(HandlerMethod method) {
        return method.hasMethodAnnotation(AdminOnly.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), AdminOnly.class);
    }

    private boolean accepted(String presented) {
        // constant-time comparison: the key must not be guessable from response timing
        return expectedKey != null && presented != null && MessageDigest.isEqual(expectedKey, presented.getBytes(UTF_8));
    }
}
