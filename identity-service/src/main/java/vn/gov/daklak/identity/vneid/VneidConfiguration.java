package vn.gov.daklak.identity.vneid;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

import vn.gov.daklak.identity.residents.ResidentAccounts;

/** VNeID sign-in, on when {@code identity.vneid.client-id} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VneidProperties.class)
public class VneidConfiguration {
    public static final String REGISTRATION_ID = "vneid";
    /** Where the authorization endpoint sends a resident who has not signed in. */
    public static final String LOGIN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    @Bean
    @ConditionalOnExpression("'${identity.vneid.client-id:}' != ''")
    ClientRegistrationRepository vneidRegistration(VneidProperties vneid, @Value("${identity.issuer}") String issuer) {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        String provider = vneid.issuer() != null ? vneid.issuer() : base + MockVneidPaths.BASE;
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("VNeID")
                .clientId(vneid.clientId())
                .clientSecret(vneid.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(base + "/login/oauth2/code/" + REGISTRATION_ID)
                .scope(vneid.scopes())
                .issuerUri(provider)
                .authorizationUri(orElse(vneid.authorizationUri(), provider + "/authorize"))
                .tokenUri(orElse(vneid.tokenUri(), provider + "/token"))
                .jwkSetUri(orElse(vneid.jwkSetUri(), provider + "/jwks"))
                .userNameAttributeName("sub")
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    VneidUserService vneidUserService(VneidProperties vneid, ResidentAccounts residents) {
        return new VneidUserService(new VneidClaimsMapper(vneid), residents);
    }

    public static AuthenticationSuccessHandler successHandler(Clock clock) {
        return VneidSignInHandlers.success(clock);
    }

    public static AuthenticationFailureHandler failureHandler() {
        return VneidSignInHandlers.failure();
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
