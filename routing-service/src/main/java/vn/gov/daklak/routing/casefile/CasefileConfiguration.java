package vn.gov.daklak.routing.casefile;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.gov.daklak.platform.outbox.OutboxCollection;

@Configuration(proxyBeanMethods = false)
class CasefileConfiguration {

    @Bean
    OutboxCollection routingCasesOutbox() {
        return new OutboxCollection(MongoRoutingCases.COLLECTION);
    }
}
