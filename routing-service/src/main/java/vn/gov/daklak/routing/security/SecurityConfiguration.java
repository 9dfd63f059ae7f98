package vn.gov.daklak.routing.security;

import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import vn.gov.daklak.platform.security.Caller;
import vn.gov.daklak.platform.security.ResourceServerConfiguration.PlatformResourceServer;

/**
 * routing-service is a resource server of identity-service: a bearer access token meant for {@code routing-service}
 * (checked by {@link PlatformResourceServer}), 401/403 as problem details.
 * <ul>
 * <li>public: the reference data channels use before filing (jurisdictions, teams), actuator, OpenAPI, errors;</li>
 * <li>routing rules are configuration: read by province operations and administrators (staff), changed only by
 * administrators;</li>
 * <li>a routing decision: staff only here; which staff ({@link Caller#mayWorkOn} of the case's current team and
 * commune) is decided by {@code RoutingDecisionController}, since only the case knows them;</li>
 * <li>anything else needs a valid token.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain routingApi(HttpSecurity http, PlatformResourceServer resourceServer) {
        resourceServer.apply(http).authorizeHttpRequests(authorize -> authorize
                .requestMatchers(HttpMethod.GET, "/api/v1/jurisdictions", "/api/v1/jurisdictions/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/teams").permitAll()
                .requestMatchers("/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
                        "/swagger-ui.html", "/error").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/routing/rules", "/api/v1/routing/rules/**")
                .access(staff(caller -> caller.hasAnyRole(Caller.PROVINCE_OPERATIONS, Caller.PROVINCE_ADMIN)))
                .requestMatchers(HttpMethod.PUT, "/api/v1/routing/rules")
                .access(staff(caller -> caller.hasRole(Caller.PROVINCE_ADMIN)))
                .requestMatchers("/api/v1/routing/rules", "/api/v1/routing/rules/**").denyAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/routing/decisions/*").access(staff(caller -> true))
                .anyRequest().authenticated());
        return http.build();
    }

    /** A staff member's token (not a resident's, not an application's) that also passes {@code check}. */
    static AuthorizationManager<RequestAuthorizationContext> staff(Predicate<Caller> check) {
        return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
            Caller caller = authentication.get() instanceof JwtAuthenticationToken token
                    ? Caller.from(token.getToken()) : null;
            return new AuthorizationDecision(caller != null && caller.isStaff() && check.test(caller));
        };
    }
}
