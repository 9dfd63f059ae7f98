package vn.gov.daklak.notification.recipients;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.gov.daklak.contracts.identity.ContactPreferencesChanged;
import vn.gov.daklak.platform.events.EventEnvelope;
import vn.gov.daklak.platform.events.EventPayloads;

/** Kafka consumer of residents' contact preferences (latest per resident wins, by {@code changedAt}). */
@Configuration(proxyBeanMethods = false)
class ContactPreferencesBindings {

    @Bean
    Consumer<Message<ContactPreferencesChanged>> onContactPreferencesChanged(ResidentPreferencesStore store) {
        return message -> {
            EventEnvelope.of(message).id(); // a record without ce_id is malformed: to the DLQ like every other
            ContactPreferencesChanged e = EventPayloads.require(message, ContactPreferencesChanged.class);
            store.apply(new ResidentPreferences(e.residentId(), e.preferredChannel(), e.phone(), e.email(),
                    e.zaloUserId(), e.language(), QuietHours.parse(e.quietHoursStart(), e.quietHoursEnd()),
                    e.changedAt()));
        };
    }
}
