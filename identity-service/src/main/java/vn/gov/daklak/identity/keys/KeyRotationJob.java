package vn.gov.daklak.identity.keys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
class KeyRotationJob {
    private static final Logger log = LoggerFactory.getLogger(KeyRotationJob.class);

    private final SigningKeys keys;

    KeyRotationJob(SigningKeys keys) {
        this.keys = keys;
    }

    @Scheduled(initialDelayString = "${identity.keys.check-interval:10m}",
            fixedDelayString = "${identity.keys.check-interval:10m}")
    void rotateIfDue() {
        try {
            keys.rotateIfDue();
        } catch (RuntimeException e) {
            log.warn("Key rotation check failed; will try again: {}", e.getMessage());
        }
    }
}
