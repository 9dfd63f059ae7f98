package vn.gov.daklak.identity.otp;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

import vn.gov.daklak.identity.residents.ResidentAccounts;
import vn.gov.daklak.identity.staff.StaffDirectory;
import vn.gov.daklak.platform.outbox.OutboxCollection;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OtpProperties.class)
@org.springframework.context.annotation.Import(vn.gov.daklak.platform.ratelimit.RateLimitConfiguration.class)
class OtpConfiguration {

    @Bean
    OutboxCollection otpOutbox() {
        return new OutboxCollection(MongoOtpStore.CHALLENGES);
    }

    /**
     * Not an {@code AuthenticationProvider} bean on purpose: as one, Spring Boot would also make it the global
     * authentication manager's provider, and a refused code would be checked (and counted) twice.
     */
    @Bean
    PhoneOtpGrant phoneOtpGrant(OtpService otp, ResidentAccounts residents, StaffDirectory staff,
                                OAuth2AuthorizationService authorizations,
                                OAuth2TokenGenerator<? extends OAuth2Token> tokens, Clock clock) {
        return new PhoneOtpGrant(new PhoneOtpGrantProvider(otp, residents, staff, authorizations, tokens, clock));
    }
}
