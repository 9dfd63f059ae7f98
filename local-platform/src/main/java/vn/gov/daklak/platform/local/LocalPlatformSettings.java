package vn.gov.daklak.platform.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where the launcher puts things. Each value comes from a system property, else an environment variable,
 * else a default: {@code -Dplatform.home} (repository root, default the current directory),
 * {@code -Dplatform.data} / {@code PLATFORM_DATA} (default {@code <home>/.local-data}),
 * {@code -Dplatform.port.kafka} / {@code KAFKA_PORT} (9092), {@code -Dplatform.port.kafka-controller} /
 * {@code KAFKA_CONTROLLER_PORT} (9093), {@code -Dplatform.port.mongo} / {@code MONGO_PORT} (27017),
 * {@code -Dplatform.port.feedback} / {@code FEEDBACK_PORT} (8081), likewise {@code routing}, {@code notification},
 * {@code identity}, and {@code -Dplatform.port.web} / {@code WEB_PORT} (8080, the web console), {@code -Dplatform.start-timeout} / {@code PLATFORM_START_TIMEOUT} in seconds (180), and
 * {@code -Dplatform.service-java-options} / {@code SERVICE_JAVA_OPTS}: the JVM flags of every service, separated
 * by spaces (default {@link ServiceLaunch#JVM_OPTIONS}).
 */
record LocalPlatformSettings(Path repoRoot, Path dataDir, int kafkaPort, int kafkaControllerPort, int mongoPort,
                             Map<PlatformService, Integer> servicePorts, Duration startTimeout,
                             List<String> serviceJvmOptions) {

    static LocalPlatformSettings fromSystem() {
        return from(System::getProperty, System::getenv);
    }

    static LocalPlatformSettings from(Function<String, String> properties, Function<String, String> env) {
        Path home = Path.of(value(properties, env, "platform.home", "PLATFORM_HOME", System.getProperty("user.dir")))
                .toAbsolutePath().normalize();
        Path data = home.resolve(value(properties, env, "platform.data", "PLATFORM_DATA", ".local-data"));
        Map<PlatformService, Integer> ports = new EnumMap<>(PlatformService.class);
        for (PlatformService s : PlatformService.values()) {
            ports.put(s, port(properties, env, s.shortName(), s.defaultPort()));
        }
        return new LocalPlatformSettings(home, data.normalize(), port(properties, env, "kafka", 9092),
                port(properties, env, "kafka-controller", 9093), port(properties, env, "mongo", 27017), ports,
                Duration.ofSeconds(Long.parseLong(
                        value(properties, env, "platform.start-timeout", "PLATFORM_START_TIMEOUT", "180"))),
                jvmOptions(value(properties, env, "platform.service-java-options", "SERVICE_JAVA_OPTS", "")));
    }

    private static List<String> jvmOptions(String value) {
        return value.isBlank() ? ServiceLaunch.JVM_OPTIONS : List.of(value.trim().split("\\s+"));
    }

    Path logDir() {
        return dataDir.resolve("logs");
    }

    /** Every port the platform listens on, named, in start order. */
    Map<String, Integer> allPorts() {
        Map<String, Integer> all = new LinkedHashMap<>();
        all.put("Kafka", kafkaPort);
        all.put("Kafka controller", kafkaControllerPort);
        all.put("MongoDB", mongoPort);
        servicePorts.forEach((service, port) -> all.put(service.moduleName(), port));
        return all;
    }

    private static int port(Function<String, String> properties, Function<String, String> env, String key, int def) {
        String envName = key.toUpperCase().replace('-', '_') + "_PORT";
        return Integer.parseInt(value(properties, env, "platform.port." + key, envName, String.valueOf(def)).trim());
    }

    private static String value(Function<String, String> properties, Function<String, String> env, String property,
                                String envName, String def) {
        String value = properties.apply(property);
        if (value == null || value.isBlank()) {
            value = env.apply(envName);
        }
        return value == null || value.isBlank() ? def : value;
    }
}
