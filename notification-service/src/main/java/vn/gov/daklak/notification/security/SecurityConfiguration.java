package vn.gov.daklak.notification.security;

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
 * notification-service is a resource server of identity-service: a bearer access token meant for
 * {@code notification-service} (checked by {@link PlatformResourceServer}), 401/403 as problem details.
 * <ul>
 * <li>public: actuator, OpenAPI, errors, and {@code GET /api/v1/local-sinks}, which exists only while a channel
 * delivers through the local sink (the embedded default; see {@code LocalSinksEnabled}): it is the local SMS outbox
 * in which the embedded default's sign-in codes are read;</li>
 * <li>the caller's own inbox ({@code /api/v1/me/notifications}): a resident's or a staff member's token, whose subject
 * names the inbox; applications acting for themselves have no inbox;</li>
 * <li>delivery records ({@code /api/v1/notifications}, with masked addresses and staff notes): province operations
 * and administrators only. This service does not keep a report's current team and commune (it uses the team of a
 * {@code ReportRouted} to find whom to tell, but does not store it per report), so it cannot check
 * {@link Caller#mayWorkOn} for team members, team leads and commune chairmen;</li>
 * <li>anything else needs a valid token.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain notificationApi(HttpSecurity http, PlatformResourceServer resourceServer) {
        resourceServer.apply(http).authorizeHttpRequests(authorize -> authorize
                .requestMatchers("/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
                        "/swagger-ui.html", "/error").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/local-sinks").permitAll()
                .requestMatchers("/api/v1/me/notifications", "/api/v1/me/notifications/**")
                .access(caller(caller -> caller.isResident() || caller.isStaff()))
                .requestMatchers("/api/v1/notifications", "/api/v1/notifications/**")
                .access(caller(Caller::isProvinceWide))
                .anyRequest().authenticated());
        return http.build();
    }

    /** A token whose caller passes {@code check}. */
    static AuthorizationManager<RequestAuthorizationContext> caller(Predicate<Caller> check) {
        return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
            Caller caller = authentication.get() instanceof JwtAuthenticationToken token
                    ? Caller.from(token.getToken()) : null;
            return new AuthorizationDecision(caller != null && check.test(caller));
        };
    }
}
