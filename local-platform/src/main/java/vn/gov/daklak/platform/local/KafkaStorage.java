package vn.gov.daklak.platform.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Formats a KRaft log directory once, as {@code kafka-storage.sh format --standalone} would. */
final class KafkaStorage {

    private static final Logger log = LoggerFactory.getLogger(KafkaStorage.class);

    private KafkaStorage() {
    }

    static boolean isFormatted(Path logDir) {
        return Files.isRegularFile(logDir.resolve("meta.properties"));
    }

    /** Formats {@code logDir} (named in {@code props}) with a random cluster id; returns the cluster id. */
    static String format(Path logDir, Properties props) throws IOException {
        Path configFile = Files.createTempFile("kafka-format-", ".properties");
        String clusterId = Uuid.randomUuid().toString();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream printer = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            try (OutputStream out = Files.newOutputStream(configFile)) {
                props.store(out, "used once to format the local KRaft storage");
            }
            String[] args = {"format", "-t", clusterId, "-c", configFile.toString(), "--standalone"};
            int rc = StorageTool.execute(args, printer);
            if (rc != 0) {
                throw new IOException("Formatting Kafka storage failed (" + rc + "): " + output);
            }
        } catch (RuntimeException e) {
            throw new IOException("Formatting Kafka storage in " + logDir + " failed: " + output, e);
        } finally {
            Files.deleteIfExists(configFile);
        }
        log.info("Formatted Kafka storage in {} with cluster id {}", logDir, clusterId);
        return clusterId;
    }
}
