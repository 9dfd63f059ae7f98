package vn.gov.daklak.platform.events;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration
public class EventsConfiguration {

    @Bean
    EventHandlers eventHandlers(JsonMapper jsonMapper, MeterRegistry meters, ObjectProvider<DeadLetters> deadLetters) {
        return new EventHandlers(jsonMapper, meters, deadLetters.getIfAvailable());
    }

    /** For batch consumers, which dead-letter records one by one themselves. */
    @Bean
    @ConditionalOnProperty("platform.kafka.brokers")
    DeadLetters deadLetters(@Value("${platform.kafka.brokers}") String brokers,
                            @Value("${spring.application.name:platform}") String applicationName) {
        return DeadLetters.connect(brokers, applicationName + "-dead-letters");
    }
}
