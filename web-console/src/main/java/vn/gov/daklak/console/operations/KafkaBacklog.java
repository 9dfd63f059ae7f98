package vn.gov.daklak.console.operations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import vn.gov.daklak.console.api.ConsoleProperties;

/**
 * What the broker itself says: each consumer group's lag (end offsets minus committed offsets over its partitions)
 * and how many records each dead-letter topic ({@code *.dlq}) holds. Read with Kafka's admin client on demand.
 */
@Component
class KafkaBacklog implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KafkaBacklog.class);
    private static final long TIMEOUT_SECONDS = 5;

    private final ConsoleProperties properties;
    private Admin admin;

    KafkaBacklog(ConsoleProperties properties) {
        this.properties = properties;
    }

    /** Connected at the first look, not at start-up: most sessions never open the operations overview. */
    private synchronized Admin admin() {
        if (admin == null) {
            Properties config = new Properties();
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.kafka().brokers());
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "web-console-operations");
            admin = Admin.create(config);
        }
        return admin;
    }

    public record GroupLag(String group, long lag, int partitions) {
    }

    public record Backlog(boolean available, List<GroupLag> groups, Map<String, Long> deadLetters) {
    }

    Backlog read() {
        try {
            Admin admin = admin();
            List<GroupLag> groups = new ArrayList<>();
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                Map<TopicPartition, Long> ends = offsets(committed.keySet(), OffsetSpec.latest());
                long lag = committed.entrySet().stream().filter(e -> e.getValue() != null)
                        .mapToLong(e -> Math.max(0, ends.getOrDefault(e.getKey(), 0L) - e.getValue().offset())).sum();
                groups.add(new GroupLag(group.groupId(), lag, committed.size()));
            }
            groups.sort((a, b) -> a.group().compareTo(b.group()));
            return new Backlog(true, groups, deadLetters());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.info("Kafka backlog not available: {}", e.toString());
            return new Backlog(false, List.of(), Map.of());
        }
    }

    private Map<String, Long> deadLetters() throws Exception {
        Admin admin = admin();
        Set<String> topics = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
                .filter(t -> t.endsWith(".dlq")).collect(Collectors.toSet());
        if (topics.isEmpty()) {
            return Map.of();
        }
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Set<TopicPartition> partitions = described.values().stream().flatMap(d -> d.partitions().stream()
                .map(p -> new TopicPartition(d.name(), p.partition()))).collect(Collectors.toSet());
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
        Map<String, Long> sizes = new java.util.TreeMap<>();
        partitions.forEach(p -> sizes.merge(p.topic(), ends.getOrDefault(p, 0L) - starts.getOrDefault(p, 0L),
                Long::sum));
        return sizes;
    }

    private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin().listOffsets(request).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((p, info) -> offsets.put(p, info.offset()));
        return offsets;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
