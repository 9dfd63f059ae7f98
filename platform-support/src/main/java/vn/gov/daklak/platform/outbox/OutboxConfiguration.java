package vn.gov.daklak.platform.outbox;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OutboxMessages outboxMessages(JsonMapper jsonMapper, Clock clock,
                                  @Value("${spring.application.name}") String applicationName) {
        return new OutboxMessages(jsonMapper, clock, applicationName);
    }

    @Bean
    @ConditionalOnBean(OutboxCollection.class)
    OutboxRelay outboxRelay(MongoTemplate mongo, List<OutboxCollection> collections, OutboxProperties properties,
                            Clock clock, @Value("${platform.kafka.brokers}") String brokers,
                            @Value("${spring.application.name}") String applicationName, MeterRegistry meters) {
        var publisher = KafkaOutboxPublisher.connect(brokers, applicationName + "-outbox", properties);
        return new OutboxRelay(new MongoOutboxStore(mongo), publisher, collections, properties, clock,
                applicationName, meters);
    }

    @Bean
    @ConditionalOnBean(OutboxRelay.class)
    OutboxWakeUpListener outboxWakeUpListener(OutboxRelay relay) {
        return new OutboxWakeUpListener(relay);
    }
}
