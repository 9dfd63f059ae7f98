package vn.gov.daklak.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the Kafka topics the services bind from their Spring configuration: every {@code application*.yml} (or
 * {@code .yaml}) under {@code <module>/src/main/resources} (and its {@code config/}) of every module in a directory.
 *
 * <p>It collects the value of every key named {@code destination} (comma-separated lists are split) and
 * {@code dlqName}/{@code dlq-name}, nested or written as dotted keys, in every YAML document of a file. A Kafka consumer
 * binding that enables its dead-letter queue without naming it gets Spring Cloud Stream's default name,
 * {@code error.<destination>.<group>}, so that an unnamed DLQ shows up as undocumented. {@code ${name:default}}
 * placeholders are resolved from the module's own configuration, else their default.
 */
final class ServiceTopicBindings {

    /** One topic name found in a configuration file. */
    record Binding(Path file, String key, String topic) {
        @Override
        public String toString() {
            return topic + " (" + key + " in " + file + ")";
        }
    }

    private static final Pattern DESTINATION = Pattern.compile("(?:^|\\.)destination(?:\\[\\d+])?$");
    private static final Pattern DLQ_NAME = Pattern.compile("(?:^|\\.)(?:dlqName|dlq-name)$");
    private static final Pattern KAFKA_CONSUMER_ENABLE_DLQ =
            Pattern.compile("^spring\\.cloud\\.stream\\.kafka\\.bindings\\.([^.]+)\\.consumer\\.(?:enableDlq|enable-dlq)$");
    private static final Pattern BINDING_GROUP = Pattern.compile("^spring\\.cloud\\.stream\\.bindings\\.([^.]+)\\.group$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    private ServiceTopicBindings() {
    }

    /** The topics bound by the modules that are direct subdirectories of {@code modulesRoot}. */
    static List<Binding> scan(Path modulesRoot) {
        List<Binding> bindings = new ArrayList<>();
        for (Path module : list(modulesRoot, Files::isDirectory)) {
            bindings.addAll(scanModule(module));
        }
        return bindings;
    }

    /** The configuration files {@link #scan} reads. */
    static List<Path> configurationFiles(Path modulesRoot) {
        List<Path> files = new ArrayList<>();
        for (Path module : list(modulesRoot, Files::isDirectory)) {
            files.addAll(moduleConfigurationFiles(module));
        }
        return files;
    }

    private static List<Path> moduleConfigurationFiles(Path module) {
        Path resources = module.resolve("src/main/resources");
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(resources, resources.resolve("config"))) {
            files.addAll(list(dir, p -> Files.isRegularFile(p) && isApplicationYaml(p.getFileName().toString())));
        }
        return files;
    }

    private static boolean isApplicationYaml(String name) {
        return name.startsWith("application") && (name.endsWith(".yml") || name.endsWith(".yaml"));
    }

    private static List<Binding> scanModule(Path module) {
        // every (file, flattened key, value) of the module, in order, and the merged view Spring would bind
        List<Object[]> entries = new ArrayList<>();
        Map<String, String> merged = new LinkedHashMap<>();
        for (Path file : moduleConfigurationFiles(module)) {
            for (Map.Entry<String, String> entry : read(file).entrySet()) {
                entries.add(new Object[] {file, entry.getKey(), entry.getValue()});
                merged.put(entry.getKey(), entry.getValue());
            }
        }

        List<Binding> bindings = new ArrayList<>();
        for (Object[] entry : entries) {
            Path file = (Path) entry[0];
            String key = (String) entry[1];
            String value = resolve((String) entry[2], merged);
            if (DESTINATION.matcher(key).find()) {
                for (String topic : value.split(",")) {
                    if (!topic.isBlank()) {
                        bindings.add(new Binding(file, key, topic.trim()));
                    }
                }
            } else if (DLQ_NAME.matcher(key).find() && !value.isBlank()) {
                bindings.add(new Binding(file, key, value.trim()));
            }
        }

        for (String binding : dlqEnabledBindings(merged)) {
            String prefix = "spring.cloud.stream.kafka.bindings." + binding + ".consumer.";
            if (merged.containsKey(prefix + "dlqName") || merged.containsKey(prefix + "dlq-name")
                    || merged.containsKey("spring.cloud.stream.kafka.default.consumer.dlqName")
                    || merged.containsKey("spring.cloud.stream.kafka.default.consumer.dlq-name")) {
                continue; // named: collected above
            }
            String destination = resolve(merged.getOrDefault(
                    "spring.cloud.stream.bindings." + binding + ".destination", binding), merged);
            String group = resolve(merged.getOrDefault("spring.cloud.stream.bindings." + binding + ".group", ""),
                    merged);
            for (String topic : destination.split(",")) {
                if (!topic.isBlank()) {
                    bindings.add(new Binding(module, binding + " enables a DLQ without dlqName: default name",
                            "error." + topic.trim() + "." + group));
                }
            }
        }
        return bindings;
    }

    /** Kafka consumer bindings with {@code enableDlq: true}, directly or through the binder's consumer defaults. */
    private static Set<String> dlqEnabledBindings(Map<String, String> merged) {
        Set<String> enabled = new TreeSet<>();
        Set<String> disabled = new TreeSet<>();
        merged.forEach((key, value) -> {
            Matcher m = KAFKA_CONSUMER_ENABLE_DLQ.matcher(key);
            if (m.find()) {
                (Boolean.parseBoolean(resolve(value, merged)) ? enabled : disabled).add(m.group(1));
            }
        });
        String byDefault = merged.getOrDefault("spring.cloud.stream.kafka.default.consumer.enableDlq",
                merged.get("spring.cloud.stream.kafka.default.consumer.enable-dlq"));
        if (byDefault != null && Boolean.parseBoolean(resolve(byDefault, merged))) {
            merged.keySet().forEach(key -> {
                Matcher m = BINDING_GROUP.matcher(key);
                if (m.find() && !disabled.contains(m.group(1))) {
                    enabled.add(m.group(1)); // a binding with a consumer group is a consumer
                }
            });
        }
        return enabled;
    }

    private static String resolve(String value, Map<String, String> properties) {
        String resolved = value;
        for (int depth = 0; depth < 10 && resolved.contains("${"); depth++) {
            Matcher m = PLACEHOLDER.matcher(resolved);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String replacement = properties.get(m.group(1));
                if (replacement == null) {
                    replacement = m.group(2) != null ? m.group(2) : m.group();
                }
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            if (out.toString().equals(resolved)) {
                break;
            }
            resolved = out.toString();
        }
        return resolved;
    }

    /** All YAML documents of a file, flattened to Spring-style dotted keys ({@code a.b[0].c}). */
    static Map<String, String> read(Path file) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Map<String, String> flat = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (Object document : yaml.loadAll(in)) {
                flatten("", document, flat);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return flat;
    }

    private static void flatten(String prefix, Object node, Map<String, String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, out));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), out);
            }
        } else if (node != null && !prefix.isEmpty()) {
            out.put(prefix, String.valueOf(node));
        }
    }

    private static List<Path> list(Path dir, java.util.function.Predicate<Path> filter) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
