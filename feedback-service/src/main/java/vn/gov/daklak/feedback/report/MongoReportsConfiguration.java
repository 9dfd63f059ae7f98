package vn.gov.daklak.feedback.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.gov.daklak.platform.keys.KeyedLookup;
import vn.gov.daklak.platform.outbox.OutboxCollection;

/** Where reports and their look-ups are kept in MongoDB; the outbox relay publishes from {@code reports}. */
@Configuration(proxyBeanMethods = false)
class MongoReportsConfiguration {

    @Bean
    OutboxCollection reportsOutbox() {
        return new OutboxCollection(ReportDocument.COLLECTION);
    }

    @Bean
    ReportLookups reportLookups(MongoTemplate mongo) {
        return new ReportLookups(new KeyedLookup(mongo, "reports_by_owner"), new KeyedLookup(mongo, "reports_by_phone"),
                new KeyedLookup(mongo, "reports_by_cell"));
    }
}
