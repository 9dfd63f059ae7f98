package vn.gov.daklak.platform.audit;

import jakarta.servlet.http.HttpServletRequest;

/** Who made a request, as the audit log records it: the token's subject, its type and the application used. */
public record AuditActor(String subject, String type, String clientId) {
    static final AuditActor NOBODY = new AuditActor(null, null, null);

    /** Finds the actor of the current request. */
    @FunctionalInterface
    public interface Resolver {
        AuditActor of(HttpServletRequest request);

        /** Without Spring Security: the servlet's user principal, if any. */
        static Resolver fromPrincipal() {
            return request -> request.getUserPrincipal() == null ? NOBODY
                    : new AuditActor(request.getUserPrincipal().getName(), null, null);
        }
    }
}
