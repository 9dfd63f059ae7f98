package vn.gov.daklak.platform.outbox;

import java.util.List;

import org.springframework.context.ApplicationListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/** Wakes the relay with the key of a document that has just been saved with pending outbox events. */
class OutboxWakeUpListener implements ApplicationListener<AfterSaveEvent<?>> {
    private final OutboxRelay relay;

    OutboxWakeUpListener(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onApplicationEvent(AfterSaveEvent<?> event) {
        var document = event.getDocument();
        if (document != null && document.get(MongoOutboxStore.OUTBOX) instanceof List<?> outbox && !outbox.isEmpty()) {
            relay.wakeUp(event.getCollectionName(), document.get("_id"));
        }
    }
}
