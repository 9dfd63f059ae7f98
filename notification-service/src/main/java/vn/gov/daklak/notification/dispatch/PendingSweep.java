package vn.gov.daklak.notification.dispatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The recovery sweep: at start-up and then rarely, picks up notifications left pending by a crash between storing and
 * sending, or whose retry timer was lost with a restart. It reads the whole collection on the MongoDB stand-in, which
 * is why it is not how retries are normally found (see {@link DeliveryLanes#executeAt}).
 */
@Component
class PendingSweep {
    private static final Logger log = LoggerFactory.getLogger(PendingSweep.class);
    private final Dispatcher dispatcher;

    PendingSweep(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${notification.dispatch.sweep-interval:10m}",
            initialDelayString = "${notification.dispatch.sweep-initial-delay:10s}")
    void sweep() {
        try {
            int attempted = dispatcher.sweep();
            if (attempted > 0) {
                log.info("Sweep picked up {} pending notification(s)", attempted);
            }
        } catch (RuntimeException e) {
            log.warn("Sweep failed, will run again: {}", e.toString());
        }
    }
}
