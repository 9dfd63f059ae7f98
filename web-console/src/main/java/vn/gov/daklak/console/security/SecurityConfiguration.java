package vn.gov.daklak.console.security;

import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import vn.gov.daklak.console.api.ConsoleProperties;

/**
 * Who may open which page. Public: the map, statistics, tracking, sign-in, static files, health. The rest needs a
 * session from the phone-code sign-in, and a role: residents file reports; team members, leads, chairmen and province
 * staff work queues; chairmen and province staff see the commune and province view; operations staff the overview.
 * Whether a person may see a particular team's queue or report is the services' decision (their 403 is shown).
 * Every form carries a CSRF token (htmx sends it as a header); the session cookie is HttpOnly and SameSite=Lax.
 */
@Configuration
class SecurityConfiguration {

    static final String[] WORKING = {"TEAM_MEMBER", "TEAM_LEAD", "COMMUNE_CHAIRMAN", "PROVINCE_OPERATIONS",
            "PROVINCE_ADMIN"};

    @Bean
    SecurityFilterChain pages(HttpSecurity http, SecurityContextRepository contexts, LogoutHandler revokeTokens)
            throws Exception {
        http.securityContext(context -> context.securityContextRepository(contexts))
                .authorizeHttpRequests(pages -> pages
                        .requestMatchers("/", "/map", "/public/**", "/track", "/track/**", "/sign-in", "/sign-in/**",
                                "/lang", "/denied", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/report/**").hasRole("RESIDENT")
                        .requestMatchers("/console/**").hasAnyRole(WORKING)
                        .requestMatchers("/overview/**").hasAnyRole("COMMUNE_CHAIRMAN", "PROVINCE_OPERATIONS",
                                "PROVINCE_ADMIN")
                        .requestMatchers("/operations/**").hasAnyRole("OPS_VIEWER", "PROVINCE_OPERATIONS",
                                "PROVINCE_ADMIN")
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new SignInEntryPoint())
                        .accessDeniedPage("/denied"))
                .logout(logout -> logout.logoutUrl("/sign-out").addLogoutHandler(revokeTokens)
                        .logoutSuccessUrl("/").deleteCookies("DAKLAK_CONSOLE"))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: "
                                + "https:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /**
     * The access tokens identity-service hands this application are read as every service reads them: RS256 by a key
     * of its JWKS, type {@code at+jwt}, not expired, and from the configured issuer when one is set.
     */
    @Bean
    JwtDecoder accessTokenDecoder(ConsoleProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.services().identity() + "/oauth2/jwks")
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .jwtProcessorCustomizer(processor -> processor.setJWSTypeVerifier(
                        new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt"), JOSEObjectType.JWT, null)))
                .build();
        List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>(List.of(new JwtTimestampValidator()));
        if (properties.issuer() != null && !properties.issuer().isBlank()) {
            checks.add(new JwtIssuerValidator(properties.issuer()));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(checks));
        return decoder;
    }
}
