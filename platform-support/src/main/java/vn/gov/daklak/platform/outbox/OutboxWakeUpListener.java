package vn.gov.daklak.platform.outbox;

import org.springframework.context.ApplicationListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/** Wakes the relay as soon as a document with pending outbox events has been saved. */
class OutboxWakeUpListener implements ApplicationListener<AfterSaveEvent<?>> {
    private final OutboxRelay relay;

    OutboxWakeUpListener(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onApplicationEvent(AfterSaveEvent<?> event) {
        Object outbox = event.getDocument() == null ? null : event.getDocument().get("outbox");
        if (outbox instanceof java.util.List<?> list && !list.isEmpty()) {
            relay.wakeUp();
        }
    }
}
