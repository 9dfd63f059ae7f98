package vn.gov.daklak.identity.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The endpoint is for province administrators: it needs an access token of this issuer, meant for identity-service,
 * whose {@code roles} claim holds {@code PROVINCE_ADMIN}, whose subject is a staff member (an application's own
 * token never administers, whatever roles it was configured with) and whose {@code scope} holds {@code identity.admin}
 * (an administrator signed in through an application not given that scope does not administer). Without a valid token the answer is 401, with another role
 * 403 (problem details both).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@PreAuthorize("hasRole('PROVINCE_ADMIN') and hasAuthority('SCOPE_identity.admin')"
        + " and principal.claims['subject_type'] == 'staff'")
public @interface AdminOnly {
}
