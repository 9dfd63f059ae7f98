package vn.gov.daklak.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, as the platform's access token says (claims in {@link PlatformClaims}): a resident, a staff member
 * with roles, teams and communes, or a channel application acting for itself. Services decide with it what the caller
 * may see and do; controllers take it as a parameter.
 */
public record Caller(String subject, SubjectType type, Set<String> roles, Set<String> teamIds,
                     Set<String> communeCodes, Set<String> scopes, String clientId, String channel,
                     AssuranceLevel assurance, String phone) {

    public static final String RESIDENT = "RESIDENT";
    public static final String TEAM_MEMBER = "TEAM_MEMBER";
    public static final String TEAM_LEAD = "TEAM_LEAD";
    public static final String COMMUNE_CHAIRMAN = "COMMUNE_CHAIRMAN";
    public static final String PROVINCE_OPERATIONS = "PROVINCE_OPERATIONS";
    public static final String PROVINCE_ADMIN = "PROVINCE_ADMIN";
    public static final String OPS_VIEWER = "OPS_VIEWER";
    public static final String CHANNEL_APP = "CHANNEL_APP";
    public static final String OPEN311_PARTNER = "OPEN311_PARTNER";

    public Caller {
        roles = Set.copyOf(roles);
        teamIds = Set.copyOf(teamIds);
        communeCodes = Set.copyOf(communeCodes);
        scopes = Set.copyOf(scopes);
    }

    public static Caller from(Jwt jwt) {
        String acr = jwt.getClaimAsString(PlatformClaims.ACR);
        String type = jwt.getClaimAsString(PlatformClaims.SUBJECT_TYPE);
        return new Caller(jwt.getSubject(),
                type == null ? SubjectType.CLIENT : SubjectType.valueOf(type.toUpperCase(java.util.Locale.ROOT)),
                strings(jwt, PlatformClaims.ROLES), strings(jwt, PlatformClaims.TEAM_IDS),
                strings(jwt, PlatformClaims.COMMUNE_CODES), strings(jwt, "scope"),
                jwt.getClaimAsString(PlatformClaims.CLIENT_ID), jwt.getClaimAsString(PlatformClaims.CHANNEL),
                acr == null ? null : AssuranceLevel.ofAcr(acr), jwt.getClaimAsString(PlatformClaims.PHONE_NUMBER));
    }

    /** The caller of the current request, if it presented a valid platform token. */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token ? Optional.of(from(token.getToken()))
                : Optional.empty();
    }

    private static Set<String> strings(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        if (value instanceof Collection<?> values) {
            return Set.copyOf(values.stream().map(String::valueOf).toList());
        }
        if (value instanceof String text && !text.isBlank()) {
            return Set.copyOf(List.of(text.split(" ")));
        }
        return Set.of();
    }

    public boolean isResident() {
        return type == SubjectType.RESIDENT;
    }

    public boolean isStaff() {
        return type == SubjectType.STAFF;
    }

    /** A channel application acting for itself (client credentials), e.g. the hotline console or an Open311 partner. */
    public boolean isApplication() {
        return type == SubjectType.CLIENT;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** Province operations and administrators see and act on everything. */
    public boolean isProvinceWide() {
        return isStaff() && hasAnyRole(PROVINCE_OPERATIONS, PROVINCE_ADMIN);
    }

    public boolean memberOf(String teamId) {
        return isStaff() && teamId != null && teamIds.contains(teamId);
    }

    /** A commune chairman answers for every team of their commune. */
    public boolean chairs(String communeCode) {
        return isStaff() && hasRole(COMMUNE_CHAIRMAN) && communeCode != null && communeCodes.contains(communeCode);
    }

    /** May this staff member work on what is routed to {@code teamId} in {@code communeCode}? */
    public boolean mayWorkOn(String teamId, String communeCode) {
        return isProvinceWide() || memberOf(teamId) || chairs(communeCode);
    }
}
