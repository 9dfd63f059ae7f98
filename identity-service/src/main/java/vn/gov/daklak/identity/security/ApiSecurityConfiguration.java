package vn.gov.daklak.identity.security;

import java.util.function.Predicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import vn.gov.daklak.platform.security.Caller;
import vn.gov.daklak.platform.security.ResourceServerConfiguration.PlatformResourceServer;

/**
 * The API ({@code /api/**}): stateless; a bearer token of this issuer meant for identity-service ({@code aud}),
 * {@code roles} as authorities. Team reads and asking for a sign-in code are public; {@code /api/v1/me} is for
 * residents (a resident's token, not an application's) through an application given {@value #ME_SCOPE};
 * everything else is administration, for a staff member with PROVINCE_ADMIN through an application given
 * {@value #ADMIN_SCOPE} (scopes limit the application, roles the person: an administrator signed in on the hotline
 * console does not administer identity) — checked here, before a body is read, and again by {@code @AdminOnly} on
 * the controllers. The token
 * check itself is the platform's ({@link PlatformResourceServer}, with this service's own key source); 401 and 403
 * are problem details.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class ApiSecurityConfiguration {
    static final String ME_SCOPE = "identity.me";
    static final String ADMIN_SCOPE = "identity.admin";

    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, PlatformResourceServer resourceServer) {
        resourceServer.apply(http.securityMatcher("/api/**"))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(HttpMethod.GET, "/api/v1/teams", "/api/v1/teams/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/otp").permitAll()
                        .requestMatchers("/api/v1/me", "/api/v1/me/**")
                        .access(caller(c -> c.isResident() && c.hasRole(Caller.RESIDENT) && c.hasScope(ME_SCOPE)))
                        // the rest is administration: refused here, before a request body is even read
                        .anyRequest().access(caller(c -> c.isStaff() && c.hasRole(Caller.PROVINCE_ADMIN)
                                && c.hasScope(ADMIN_SCOPE))));
        return http.build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> caller(Predicate<Caller> check) {
        return (authentication, context) -> new AuthorizationDecision(
                authentication.get() instanceof JwtAuthenticationToken token && check.test(Caller.from(token.getToken())));
    }
}
