package vn.gov.daklak.routing.decision;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code routing.deadlines.urgent.acknowledge} etc.; durations such as {@code 1h}. */
@ConfigurationProperties("routing.deadlines")
record DeadlineProperties(DeadlinePolicy.Window urgent, DeadlinePolicy.Window normal) {
}
