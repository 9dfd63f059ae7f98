package vn.gov.daklak.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration
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
    OutboxRelay outboxRelay(MongoTemplate mongo, StreamBridge streamBridge, List<OutboxCollection> collections,
                            @Value("${platform.outbox.poll-interval:500ms}") Duration pollInterval,
                            MeterRegistry meters) {
        return new OutboxRelay(mongo, streamBridge, collections, pollInterval, meters);
    }

    @Bean
    @ConditionalOnBean(OutboxRelay.class)
    OutboxWakeUpListener outboxWakeUpListener(OutboxRelay relay) {
        return new OutboxWakeUpListener(relay);
    }
}
