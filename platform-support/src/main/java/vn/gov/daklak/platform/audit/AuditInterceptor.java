package vn.gov.daklak.platform.audit;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;

import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes an {@link AuditEntry} after every call of an {@link Audited} endpoint, refused ones included. Reads the
 * path, path variables, status and the {@code X-Request-Id} header; never the request body.
 */
public class AuditInterceptor implements HandlerInterceptor {
    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final int MAX_TARGET = 200;
    private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);

    private final AuditLog auditLog;
    private final AuditActor.Resolver actors;
    private final Clock clock;

    public AuditInterceptor(AuditLog auditLog, AuditActor.Resolver actors, Clock clock) {
        this.auditLog = auditLog;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(Audited.class)) {
            return;
        }
        Audited audited = method.getMethodAnnotation(Audited.class);
        AuditActor actor = actors.of(request);
        int status = ex != null && response.getStatus() < 400 ? 500 : response.getStatus();
        try {
            auditLog.append(new AuditEntry(new ObjectId().toHexString(), clock.instant(), actor.subject(),
                    actor.type(), actor.clientId(), audited.value(), request.getMethod(), request.getRequestURI(),
                    target(audited, request), status, requestId(request), request.getRemoteAddr()));
        } catch (RuntimeException e) {
            // the action itself happened; losing its audit line must at least be loud
            log.error("Could not write the audit entry of {} by {}: {}", audited.value(), actor.subject(),
                    e.getMessage());
        }
    }

    private static String target(Audited audited, HttpServletRequest request) {
        if (audited.target().isEmpty()) {
            return request.getRequestURI();
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object value = variables instanceof Map<?, ?> map ? map.get(audited.target()) : null;
        if (value == null) {
            return request.getRequestURI();
        }
        String target = value.toString();
        return target.length() > MAX_TARGET ? target.substring(0, MAX_TARGET) : target;
    }

    /** The caller's request id, if it is a plain token (anything else is dropped rather than stored). */
    private static String requestId(HttpServletRequest request) {
        String id = request.getHeader(REQUEST_ID_HEADER);
        return id != null && SAFE_REQUEST_ID.matcher(id).matches() ? id : null;
    }
}
