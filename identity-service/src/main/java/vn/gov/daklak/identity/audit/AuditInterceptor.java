package vn.gov.daklak.identity.audit;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Writes an {@link AuditEntry} after every call of an {@link Audited} endpoint, refused ones included. */
class AuditInterceptor implements HandlerInterceptor {
    private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);

    private final AuditLog auditLog;
    private final Clock clock;

    AuditInterceptor(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(Audited.class)) {
            return;
        }
        String action = method.getMethodAnnotation(Audited.class).value();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor = null;
        String actorType = null;
        String clientId = null;
        if (authentication instanceof JwtAuthenticationToken jwt) {
            actor = jwt.getToken().getSubject();
            actorType = jwt.getToken().getClaimAsString("subject_type");
            clientId = jwt.getToken().getClaimAsString("client_id");
        }
        int status = ex != null && response.getStatus() < 400 ? 500 : response.getStatus();
        try {
            auditLog.append(new AuditEntry(UUID.randomUUID().toString(), clock.instant(), actor, actorType, clientId,
                    action, request.getMethod(), request.getRequestURI(), status, request.getRemoteAddr()));
        } catch (RuntimeException e) {
            // the action itself happened; losing its audit line must at least be loud
            log.error("Could not write the audit entry of {} by {}: {}", action, actor, e.getMessage());
        }
    }
}
