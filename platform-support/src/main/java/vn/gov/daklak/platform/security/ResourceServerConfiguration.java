package vn.gov.daklak.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;

/**
 * Every service except the issuer is an OAuth2 resource server of identity-service. This configuration gives each
 * the same token check (RS256 signature by a key of the issuer's JWKS, so {@code alg: none} and forged tokens fail;
 * issuer, audience = this service, expiry with 60 s skew), {@code roles} as {@code ROLE_*} and {@code scope} as
 * {@code SCOPE_*} authorities, 401/403 as problem details, and {@link Caller} as a controller parameter. A service
 * opts in by depending on {@code spring-boot-starter-security-oauth2-resource-server} and declares its own
 * {@code SecurityFilterChain}, calling {@link PlatformResourceServer#apply(HttpSecurity)}.
 */
@AutoConfiguration
@ConditionalOnClass(BearerTokenAuthenticationFilter.class)
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class ResourceServerConfiguration {

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder platformJwtDecoder(PlatformSecurityProperties properties,
                                  org.springframework.core.env.Environment environment) {
        String issuer = require(properties.issuer(), "platform.security.issuer");
        String jwkSetUri = properties.jwkSetUri() == null || properties.jwkSetUri().isBlank()
                ? issuer.replaceAll("/+$", "") + "/oauth2/jwks" : properties.jwkSetUri();
        String audience = properties.audience() == null || properties.audience().isBlank()
                ? require(environment.getProperty("spring.application.name"), "spring.application.name")
                : properties.audience();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .jwtProcessorCustomizer(processor -> processor.setJWSTypeVerifier(
                        new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt"), JOSEObjectType.JWT, null)))
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
                new JwtIssuerValidator(issuer), new JwtAudienceValidator(audience)));
        return decoder;
    }

    @Bean
    PlatformResourceServer platformResourceServer(JwtDecoder decoder) {
        return new PlatformResourceServer(decoder);
    }

    @Bean
    WebMvcConfigurer callerArgumentResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerResolver());
            }
        };
    }

    /** {@code roles} become {@code ROLE_*} authorities, {@code scope} entries {@code SCOPE_*}. */
    public static Converter<Jwt, AbstractAuthenticationToken> authenticationConverter() {
        return jwt -> {
            Collection<GrantedAuthority> authorities = new ArrayList<>();
            Caller caller = Caller.from(jwt);
            caller.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
            caller.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
            return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        };
    }

    private static String require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " must be set: services check access tokens of identity-service");
        }
        return value;
    }

    /**
     * What every API answer says about how a browser may use it: nothing but the service's own resources (Swagger
     * UI), never framed ({@code Content-Security-Policy}), no referrer, and {@code Strict-Transport-Security} on
     * answers over TLS (Spring Security writes it only for secure requests).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** The common part of every service's API filter chain. */
    public record PlatformResourceServer(JwtDecoder decoder) {
        public HttpSecurity apply(HttpSecurity http) {
            return http.csrf(csrf -> csrf.disable())
                    .headers(headers -> headers
                            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                            .referrerPolicy(referrer -> referrer.policy(org.springframework.security.web.header
                                    .writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                            .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                    .maxAgeInSeconds(31_536_000)))
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .oauth2ResourceServer(resource -> resource
                            .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(authenticationConverter()))
                            .authenticationEntryPoint(ProblemResponses.unauthorized())
                            .accessDeniedHandler(ProblemResponses.forbidden()))
                    .exceptionHandling(exceptions -> exceptions
                            .authenticationEntryPoint(ProblemResponses.unauthorized())
                            .accessDeniedHandler(ProblemResponses.forbidden()));
        }
    }

    /** A {@link Caller} parameter: the token's caller; a request without one never reaches a handler that asks. */
    private static final class CallerResolver implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Caller.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                      NativeWebRequest request, WebDataBinderFactory binders) {
            return Caller.current().orElseThrow(() -> new org.springframework.security.authentication
                    .AuthenticationCredentialsNotFoundException("No access token"));
        }
    }
}
