package vn.gov.daklak.identity.security;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import vn.gov.daklak.identity.clients.PlatformAudiences;

/** How tokens are made (issuer, generator with the platform's claims) and how this service checks its own. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IssuerProperties.class)
class TokenConfiguration {

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IssuerProperties issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer.issuer()).build();
    }

    @Bean
    OAuth2TokenGenerator<OAuth2Token> tokenGenerator(JwtEncoder jwtEncoder, Subjects subjects, Clock clock) {
        JwtGenerator jwt = new JwtGenerator(jwtEncoder);
        jwt.setJwtCustomizer(new PlatformTokenCustomizer(subjects));
        jwt.setClock(clock);
        return new DelegatingOAuth2TokenGenerator(jwt, new PlatformRefreshTokenGenerator(clock));
    }

    /**
     * Tokens presented to identity-service itself (its API and userinfo): signed by one of the published keys (RS256;
     * unsigned {@code alg: none} tokens are refused by the JWT processor), issued here, meant for
     * {@value PlatformAudiences#IDENTITY}, and within their validity (60 s clock skew).
     */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, IssuerProperties issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(),
                new JwtIssuerValidator(issuer.issuer()),
                new JwtAudienceValidator(PlatformAudiences.IDENTITY)));
        return decoder;
    }
}
