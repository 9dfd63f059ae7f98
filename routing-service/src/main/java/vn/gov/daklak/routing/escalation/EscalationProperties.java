package vn.gov.daklak.routing.escalation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code routing.escalation.*}: how often each instance looks for due steps, and how many cases per level a scan. */
@ConfigurationProperties("routing.escalation")
public record EscalationProperties(Duration scanInterval, int batchSize) {
}
