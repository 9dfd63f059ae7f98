package vn.gov.daklak.identity.privacy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class PrivacyConfiguration {

    @Bean
    Crypto crypto(CryptoProperties properties) {
        return new Crypto(properties);
    }
}
