package vn.gov.daklak.feedback.queue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.gov.daklak.platform.keys.KeyedLookup;

/** The teams' queue index is a keyed look-up in MongoDB ({@code team_queues}). */
@Configuration(proxyBeanMethods = false)
class MongoQueueConfiguration {

    @Bean
    TeamQueueIndex teamQueueIndex(MongoTemplate mongo) {
        return new TeamQueueIndex(new KeyedLookup(mongo, "team_queues"));
    }
}
