package vn.gov.daklak.feedback.security;

import java.util.function.Predicate;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import vn.gov.daklak.platform.security.Caller;
import vn.gov.daklak.platform.security.ResourceServerConfiguration.PlatformResourceServer;

/**
 * feedback-service is a resource server of identity-service: a bearer access token meant for {@code feedback-service}
 * (checked by {@link PlatformResourceServer}); 401/403 are problem details. This chain decides by the kind of caller;
 * which report or team a caller may touch is decided by {@link ReportAccess}, which the controllers call.
 * <ul>
 * <li>public (no token): {@code /api/v1/public/**}, {@code /open311/**} (filing there needs Open311's own
 * {@code api_key}), tracking by code, actuator, OpenAPI and Swagger UI, {@code /error};</li>
 * <li>filing a report and the nearby check before it: a resident, working staff (assisted filing) or a
 * {@code CHANNEL_APP} application (the hotline console, assisted filing);</li>
 * <li>{@code /api/v1/me/**}, the resident's actions, photos and following: residents;</li>
 * <li>reading a report or its photos: residents and working staff;</li>
 * <li>a team's queue and its event stream: its members, the chairman of its commune, province-wide staff (decided
 * here, before an event stream starts);</li>
 * <li>every other report action: working staff;</li>
 * <li>reading the audit log ({@code GET /api/v1/audit}): province-wide staff (PROVINCE_ADMIN, PROVINCE_OPERATIONS);
 * nothing else on that path, so the log cannot be changed over HTTP.</li>
 * </ul>
 * "Working staff" is a staff token with a role that works on reports (TEAM_MEMBER, TEAM_LEAD, COMMUNE_CHAIRMAN,
 * PROVINCE_OPERATIONS, PROVINCE_ADMIN): an OPS_VIEWER alone sees only the public API and statistics.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    /** Servlet filter order of Spring Security's chain; filters that need the {@link Caller} come after it. */
    public static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER;

    private static final String REPORT = "/api/v1/reports/*";

    @Bean
    SecurityFilterChain feedbackApi(HttpSecurity http, PlatformResourceServer resourceServer) {
        resourceServer.apply(http).authorizeHttpRequests(authorize -> authorize
                .requestMatchers("/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
                        "/swagger-ui.html", "/error").permitAll()
                .requestMatchers("/open311/**", "/api/v1/public/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/reports/track/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/reports").access(caller(ReportAccess::mayFile))
                .requestMatchers(HttpMethod.GET, "/api/v1/reports/nearby").access(caller(ReportAccess::mayFile))
                .requestMatchers("/api/v1/me", "/api/v1/me/**").access(caller(Caller::isResident))
                .requestMatchers(REPORT + "/citizen/**").access(caller(Caller::isResident))
                .requestMatchers(HttpMethod.POST, REPORT + "/photos", REPORT + "/follow")
                .access(caller(Caller::isResident))
                .requestMatchers(HttpMethod.GET, REPORT, REPORT + "/photos/**")
                .access(caller(c -> c.isResident() || ReportAccess.isWorkingStaff(c)))
                .requestMatchers("/api/v1/teams/{teamId}/**").access((authentication, context) ->
                        new AuthorizationDecision(authentication.get() instanceof JwtAuthenticationToken token
                                && ReportAccess.mayReadQueue(Caller.from(token.getToken()),
                                        context.getVariables().get("teamId"))))
                .requestMatchers(REPORT + "/**").access(caller(ReportAccess::isWorkingStaff))
                .requestMatchers(HttpMethod.GET, "/api/v1/audit").access(caller(Caller::isProvinceWide))
                .anyRequest().denyAll());
        return http.build();
    }

    /** A valid platform token whose {@link Caller} passes {@code check}. */
    static AuthorizationManager<RequestAuthorizationContext> caller(Predicate<Caller> check) {
        return (authentication, context) -> new AuthorizationDecision(
                authentication.get() instanceof JwtAuthenticationToken token && check.test(Caller.from(token.getToken())));
    }
}
