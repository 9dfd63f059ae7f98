package vn.gov.daklak.notification.dispatch;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.gov.daklak.platform.outbox.OutboxCollection;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({DispatchProperties.class, QuietHoursProperties.class})
class DispatchConfiguration {

    /** Outcome events ride in the notification documents' own {@code outbox}. */
    @Bean
    OutboxCollection notificationsOutbox() {
        return new OutboxCollection(MongoNotificationRepository.COLLECTION);
    }
}
