package vn.gov.daklak.console.signin;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The signed-in person as their access token says (claims of identity-service's README, "Tokens"): a resident or a
 * staff member with roles, teams and communes. Kept in the session; pages decide with it what to show.
 */
public record ConsoleUser(String subject, String subjectType, Set<String> roles, Set<String> teamIds,
                          Set<String> communeCodes, String phone) implements Serializable {

    public static final Set<String> WORKING_ROLES = Set.of("TEAM_MEMBER", "TEAM_LEAD", "COMMUNE_CHAIRMAN",
            "PROVINCE_OPERATIONS", "PROVINCE_ADMIN");

    static ConsoleUser of(Jwt jwt) {
        return new ConsoleUser(jwt.getSubject(), jwt.getClaimAsString("subject_type"), strings(jwt, "roles"),
                strings(jwt, "team_ids"), strings(jwt, "commune_codes"), jwt.getClaimAsString("phone_number"));
    }

    private static Set<String> strings(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        return value instanceof Collection<?> values ? Set.copyOf(values.stream().map(String::valueOf).toList())
                : Set.of();
    }

    public boolean isResident() {
        return "resident".equals(subjectType);
    }

    public boolean isStaff() {
        return "staff".equals(subjectType);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isProvinceWide() {
        return isStaff() && (hasRole("PROVINCE_OPERATIONS") || hasRole("PROVINCE_ADMIN"));
    }

    /** The teams whose queue this person may open without choosing (province-wide staff may open any). */
    public List<String> sortedTeams() {
        return teamIds.stream().sorted().toList();
    }

    List<GrantedAuthority> authorities() {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }
}
