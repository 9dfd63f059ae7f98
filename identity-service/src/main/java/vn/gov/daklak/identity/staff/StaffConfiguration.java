package vn.gov.daklak.identity.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.gov.daklak.platform.outbox.OutboxCollection;

@Configuration(proxyBeanMethods = false)
class StaffConfiguration {

    @Bean
    OutboxCollection staffOutbox() {
        return new OutboxCollection(StaffDocument.COLLECTION);
    }
}
