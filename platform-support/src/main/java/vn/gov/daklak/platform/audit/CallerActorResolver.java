package vn.gov.daklak.platform.audit;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import jakarta.servlet.http.HttpServletRequest;
import vn.gov.daklak.platform.security.Caller;

/** The actor is the platform's {@link Caller}: the access token's subject, subject type and client. */
final class CallerActorResolver implements AuditActor.Resolver {

    @Override
    public AuditActor of(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return AuditActor.Resolver.fromPrincipal().of(request);
        }
        try {
            Caller caller = Caller.from(token.getToken());
            return new AuditActor(caller.subject(), caller.type().claimValue(), caller.clientId());
        } catch (RuntimeException e) {
            // a claim the platform does not know (e.g. an unexpected acr): still record who it was
            return new AuditActor(token.getToken().getSubject(), token.getToken().getClaimAsString("subject_type"),
                    token.getToken().getClaimAsString("client_id"));
        }
    }
}
