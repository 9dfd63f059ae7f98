package vn.gov.daklak.identity.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import vn.gov.daklak.platform.security.ProblemResponses;
import vn.gov.daklak.platform.security.ResourceServerConfiguration;

/**
 * The API ({@code /api/**}): stateless; a bearer token of this issuer meant for identity-service ({@code aud}),
 * {@code roles} as authorities. Team reads and asking for a sign-in code are public; {@code /api/v1/me} is for
 * residents; {@code @AdminOnly} endpoints need PROVINCE_ADMIN (method security). 401 and 403 are problem details.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class ApiSecurityConfiguration {

    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, JwtDecoder jwtDecoder) {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(HttpMethod.GET, "/api/v1/teams", "/api/v1/teams/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/otp").permitAll()
                        .requestMatchers("/api/v1/me", "/api/v1/me/**").hasRole("RESIDENT")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource
                        .jwt(jwt -> jwt.decoder(jwtDecoder)
                                .jwtAuthenticationConverter(ResourceServerConfiguration.authenticationConverter()))
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()));
        return http.build();
    }

}
