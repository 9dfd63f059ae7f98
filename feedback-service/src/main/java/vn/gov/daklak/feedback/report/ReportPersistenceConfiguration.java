package vn.gov.daklak.feedback.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.gov.daklak.platform.outbox.OutboxCollection;

@Configuration(proxyBeanMethods = false)
class ReportPersistenceConfiguration {

    @Bean
    OutboxCollection reportsOutbox() {
        return new OutboxCollection(Report.COLLECTION);
    }
}
