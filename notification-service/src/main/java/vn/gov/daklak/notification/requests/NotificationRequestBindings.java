package vn.gov.daklak.notification.requests;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.gov.daklak.contracts.notification.NotificationRequested;
import vn.gov.daklak.platform.events.EventEnvelope;
import vn.gov.daklak.platform.events.EventPayloads;

/** Kafka consumer of {@code notification.requested}; the binding is in {@code application.yml}. */
@Configuration(proxyBeanMethods = false)
class NotificationRequestBindings {

    @Bean
    Consumer<Message<NotificationRequested>> onNotificationRequested(RequestedNotifier notifier) {
        return message -> {
            String eventId = EventEnvelope.of(message).id();
            notifier.requested(eventId, EventPayloads.require(message, NotificationRequested.class));
        };
    }
}
