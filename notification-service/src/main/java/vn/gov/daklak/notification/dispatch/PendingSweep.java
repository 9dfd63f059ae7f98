package vn.gov.daklak.notification.dispatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Picks up notifications left pending by a crash between storing and sending, or waiting for a retry. */
@Component
class PendingSweep {
    private static final Logger log = LoggerFactory.getLogger(PendingSweep.class);
    private final Dispatcher dispatcher;

    PendingSweep(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${notification.dispatch.sweep-interval:5s}",
            initialDelayString = "${notification.dispatch.sweep-interval:5s}")
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
