package vn.gov.daklak.identity.security;

import static org.springframework.security.config.Customizer.withDefaults;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.SecurityFilterChain;

import vn.gov.daklak.platform.security.ProblemResponses;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.gov.daklak.identity.clients.ClientRateLimitFilter;
import vn.gov.daklak.identity.clients.PlatformGrants;
import vn.gov.daklak.identity.otp.PhoneOtpGrant;
import vn.gov.daklak.platform.ratelimit.RateLimiter;
import vn.gov.daklak.identity.vneid.MockVneidPaths;
import vn.gov.daklak.identity.vneid.VneidConfiguration;

/**
 * Four filter chains, first match wins:
 * <ol>
 * <li>the authorization server's endpoints ({@code /oauth2/*}, discovery, JWKS, {@code /userinfo});</li>
 * <li>the local test VNeID provider, when enabled;</li>
 * <li>the API ({@code /api/**}, {@link ApiSecurityConfiguration});</li>
 * <li>the rest: VNeID sign-in in the browser, actuator, OpenAPI.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    private static final List<String> ACR_VALUES = List.of("phone", "vneid-1", "vneid-2");

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http, PhoneOtpGrant phoneOtp,
                                            RegisteredClientRepository clients, RateLimiter rateLimiter) {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.tokenEndpoint(token -> token
                            .accessTokenRequestConverter(phoneOtp.converter())
                            .authenticationProvider(phoneOtp.provider())
                            .errorResponseHandler(new TokenErrorResponseHandler()))
                    .clientAuthentication(client -> client
                            .authenticationConverter(new PublicClientGrantAuthentication.Converter())
                            .authenticationProvider(new PublicClientGrantAuthentication.Provider(clients)))
                    .authorizationServerMetadataEndpoint(metadata -> metadata.authorizationServerMetadataCustomizer(
                            m -> m.grantType(PlatformGrants.PHONE_OTP.getValue())))
                    .oidc(oidc -> oidc.providerConfigurationEndpoint(provider -> provider
                            .providerConfigurationCustomizer(c -> c.grantType(PlatformGrants.PHONE_OTP.getValue())
                                    .claim("acr_values_supported", ACR_VALUES))));
        });
        http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated());
        http.oauth2ResourceServer(resource -> resource.jwt(withDefaults()));
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint(VneidConfiguration.LOGIN_PATH),
                PathPatternRequestMatcher.withDefaults().matcher("/oauth2/authorize")));
        http.addFilterBefore(new ClientRateLimitFilter(clients, rateLimiter),
                AbstractPreAuthenticatedProcessingFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnBooleanProperty("identity.vneid.mock.enabled")
    SecurityFilterChain mockVneid(HttpSecurity http) {
        http.securityMatcher(MockVneidPaths.BASE + "/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain browser(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> vneid,
                                OAuth2UserService<OidcUserRequest, OidcUser> vneidUsers, Clock clock) {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(ProblemResponses.unauthorized()));
        ClientRegistrationRepository registrations = vneid.getIfAvailable();
        if (registrations != null) {
            http.oauth2Login(login -> login
                    .clientRegistrationRepository(registrations)
                    .authorizedClientRepository(new NoAuthorizedClients())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(vneidUsers))
                    .successHandler(VneidConfiguration.successHandler(clock))
                    .failureHandler(VneidConfiguration.failureHandler()));
        }
        return http.build();
    }

    /** VNeID's own tokens are not kept: the platform calls no VNeID API after sign-in. */
    private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {
        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String registrationId, Authentication principal,
                HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client,
                                         Authentication principal,
                                         HttpServletRequest request,
                                         HttpServletResponse response) {
        }

        @Override
        public void removeAuthorizedClient(String registrationId,
                                           Authentication principal,
                                           HttpServletRequest request,
                                           HttpServletResponse response) {
        }
    }
}
