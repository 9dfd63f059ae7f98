package vn.gov.daklak.console.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    @Test
    void samplesAreReadWithTheirLabelsAndCommentsAreSkipped() {
        PrometheusText text = PrometheusText.parse("""
                # HELP notification_sent_total Delivery attempts
                # TYPE notification_sent_total counter
                notification_sent_total{application="notification-service",channel="SMS",outcome="sent",provider="local"} 4.0
                notification_sent_total{application="notification-service",channel="ZALO",outcome="fallback",provider="x"} 1.0
                platform_outbox_queued{application="feedback-service"} 0.0
                """);

        assertThat(text.named("notification_sent_total")).hasSize(2);
        assertThat(text.named("notification_sent_total").get(0).labels()).containsEntry("channel", "SMS")
                .containsEntry("outcome", "sent");
        assertThat(text.sum("notification_sent_total")).isEqualTo(5.0);
        assertThat(text.has("platform_outbox_queued")).isTrue();
        assertThat(text.has("platform_outbox_failures_total")).isFalse();
    }
}
