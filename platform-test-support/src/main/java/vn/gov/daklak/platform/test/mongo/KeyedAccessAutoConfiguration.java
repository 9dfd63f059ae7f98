package vn.gov.daklak.platform.test.mongo;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Adds the {@link KeyedAccessGuard} to the MongoDB client of every application context started in a test that has
 * this module on its classpath. It records nothing until a test opens a {@link KeyedAccessGuard#watch}.
 */
@AutoConfiguration
@ConditionalOnClass(MongoClientSettingsBuilderCustomizer.class)
public class KeyedAccessAutoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer keyedAccessGuard() {
        return settings -> settings.addCommandListener(KeyedAccessGuard.shared());
    }
}
