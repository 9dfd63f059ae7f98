package vn.gov.daklak.identity.principal;

import java.io.Serial;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import vn.gov.daklak.platform.security.AssuranceLevel;
import vn.gov.daklak.platform.security.SubjectType;

/**
 * A signed-in resident or staff member, as the authorization server keeps them (in the session during a browser
 * sign-in, inside stored authorizations afterwards). It holds identifiers only, never the phone number or national ID:
 * roles, teams and contact are looked up again each time a token is made, so a change or a deactivation takes effect
 * at the next refresh.
 */
public final class PlatformAuthentication extends AbstractAuthenticationToken {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String subject;
    private final SubjectType subjectType;
    private final AssuranceLevel assurance;
    private final Instant authenticatedAt;

    public PlatformAuthentication(String subject, SubjectType subjectType, AssuranceLevel assurance,
                                  Instant authenticatedAt) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + subjectType.name()), factor(assurance, authenticatedAt)));
        this.subject = Objects.requireNonNull(subject, "subject");
        this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
        this.assurance = Objects.requireNonNull(assurance, "assurance");
        this.authenticatedAt = Objects.requireNonNull(authenticatedAt, "authenticatedAt");
        setAuthenticated(true);
    }

    /** How the person proved who they are, and when: the ID token's {@code auth_time} comes from it. */
    private static GrantedAuthority factor(AssuranceLevel assurance, Instant at) {
        String factor = assurance == AssuranceLevel.PHONE ? FactorGrantedAuthority.OTT_AUTHORITY
                : FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY;
        return FactorGrantedAuthority.withAuthority(factor).issuedAt(at).build();
    }

    public String subject() {
        return subject;
    }

    public SubjectType subjectType() {
        return subjectType;
    }

    public AssuranceLevel assurance() {
        return assurance;
    }

    public Instant authenticatedAt() {
        return authenticatedAt;
    }

    @Override
    public String getName() {
        return subject;
    }

    @Override
    public Object getPrincipal() {
        return subject;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlatformAuthentication other && subject.equals(other.subject)
                && subjectType == other.subjectType && assurance == other.assurance
                && authenticatedAt.equals(other.authenticatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, subjectType, assurance, authenticatedAt);
    }

    @Override
    public String toString() {
        return "PlatformAuthentication[" + subjectType + " " + subject + ", " + assurance.acr() + "]";
    }
}
