package vn.gov.daklak.routing.escalation;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import vn.gov.daklak.platform.outbox.OutboxMessages;
import vn.gov.daklak.routing.casefile.RoutingCases;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(EscalationProperties.class)
class EscalationConfiguration {

    @Bean
    EscalationScanner escalationScanner(RoutingCases cases, OutboxMessages messages, Clock clock,
                                        EscalationProperties properties) {
        return new EscalationScanner(cases, messages, clock, properties.batchSize() > 0 ? properties.batchSize() : 200);
    }

    @Bean
    EscalationSchedule escalationSchedule(EscalationScanner scanner) {
        return new EscalationSchedule(scanner);
    }

    /** Every instance scans; the claims make sure only one of them publishes each step. */
    static class EscalationSchedule {
        private static final Logger log = LoggerFactory.getLogger(EscalationSchedule.class);
        private final EscalationScanner scanner;

        EscalationSchedule(EscalationScanner scanner) {
            this.scanner = scanner;
        }

        @Scheduled(fixedDelayString = "${routing.escalation.scan-interval:30s}",
                initialDelayString = "${routing.escalation.scan-interval:30s}")
        void scan() {
            try {
                scanner.scan();
            } catch (RuntimeException e) {
                log.warn("Escalation scan failed; next scan will retry: {}", e.getMessage());
            }
        }
    }
}
