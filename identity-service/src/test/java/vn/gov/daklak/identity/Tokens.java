package vn.gov.daklak.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Bearer tokens for MockMvc slices, shaped like the platform's access tokens (through the staff web application). */
public final class Tokens {

    private Tokens() {
    }

    public static RequestPostProcessor admin() {
        return staffWithRole("PROVINCE_ADMIN");
    }

    public static RequestPostProcessor staffWithRole(String role) {
        return jwt().jwt(token -> token.subject("staff-" + role.toLowerCase())
                        .claim("subject_type", "staff").claim("roles", List.of(role)).claim("acr", "phone")
                        .claim("scope", List.of("openid", "identity.admin")))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role), new SimpleGrantedAuthority("SCOPE_openid"),
                        new SimpleGrantedAuthority("SCOPE_identity.admin"));
    }
}
