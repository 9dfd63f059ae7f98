package vn.gov.daklak.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of {@link OutboxRelay} ({@code platform.outbox.*}).
 *
 * @param batchSize     documents claimed and published together before their acknowledgements are awaited
 * @param leaseDuration how long a claim keeps other instances off a document's pending events; a crashed instance's
 *                      work is taken over by the next sweep after it expires
 * @param sweepInterval how often the recovery sweep looks for pending events a crash left behind (also at start-up)
 * @param retryBackoff  how long a document whose events Kafka did not acknowledge waits before it is tried again
 * @param topicPartitions partitions of a topic the relay creates before its first event
 * @param topicReplicationFactor replication factor of a topic the relay creates
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(int batchSize, Duration leaseDuration, Duration sweepInterval, Duration retryBackoff,
                               int topicPartitions, short topicReplicationFactor) {

    public OutboxProperties {
        batchSize = batchSize > 0 ? batchSize : 500;
        leaseDuration = leaseDuration != null ? leaseDuration : Duration.ofSeconds(30);
        sweepInterval = sweepInterval != null ? sweepInterval : Duration.ofMinutes(10);
        retryBackoff = retryBackoff != null ? retryBackoff : Duration.ofSeconds(1);
        topicPartitions = topicPartitions > 0 ? topicPartitions : 3;
        topicReplicationFactor = topicReplicationFactor > 0 ? topicReplicationFactor : 1;
    }
}
