package vn.gov.daklak.platform.events;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration
public class EventsConfiguration {

    @Bean
    EventHandlers eventHandlers(JsonMapper jsonMapper, MeterRegistry meters) {
        return new EventHandlers(jsonMapper, meters);
    }
}
