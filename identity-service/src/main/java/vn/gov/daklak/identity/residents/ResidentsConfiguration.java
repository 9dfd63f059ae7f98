package vn.gov.daklak.identity.residents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.gov.daklak.platform.outbox.OutboxCollection;

@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(ContactVerificationProperties.class)
class ResidentsConfiguration {

    @Bean
    OutboxCollection residentsOutbox() {
        return new OutboxCollection(ResidentDocument.COLLECTION);
    }
}
