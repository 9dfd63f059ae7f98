package vn.gov.daklak.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.report.Lane;

/**
 * The AsyncAPI document describes every event of {@link EventCatalog}, references the JSON Schemas rather than copying
 * them, and documents every Kafka topic the services bind in their configuration.
 */
class AsyncApiDocumentTest {

    private static final String DOCUMENT = "asyncapi.yaml";
    private static final String DLQ_SUFFIX = ".dlq";
    private static final List<String> DLQ_HEADERS = List.of("x-exception-message", "x-exception-fqcn",
            "x-original-topic");

    private static final Map<String, Object> DOC = load();

    static List<EventDescriptor> catalog() {
        return EventCatalog.ALL;
    }

    @Test
    void isAnAsyncApi300Document() {
        assertThat(DOC.get("asyncapi")).isEqualTo("3.0.0");
        Map<String, Object> info = map(DOC.get("info"));
        assertThat(info.get("title")).isEqualTo("Đắk Lắk citizen feedback platform events");
        assertThat(String.valueOf(info.get("version"))).isNotBlank();
        assertThat((String) info.get("description")).contains("UTF-8").contains("Vietnamese");
        Map<String, Object> kafka = map(map(DOC.get("servers")).get("kafka"));
        assertThat(kafka.get("host")).isEqualTo("localhost:9092");
        assertThat(kafka.get("protocol")).isEqualTo("kafka");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void everyCatalogTopicIsAChannelCarryingItsEvent(EventDescriptor descriptor) {
        Map<String, Object> message = deref(messageOf(channelAt(descriptor.topic()), descriptor.type()));

        assertThat(message.get("name")).as("name").isEqualTo(descriptor.recordType().getSimpleName());
        assertThat((String) message.get("title")).as("title").isNotBlank();
        assertThat(message.get("contentType")).isEqualTo("application/json");

        Map<String, Object> headers = deref(message.get("headers"));
        Map<String, Object> headerProperties = map(headers.get("properties"));
        assertThat(headerProperties).containsKeys(CloudEventHeaders.ID, CloudEventHeaders.SPEC_VERSION,
                CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE, CloudEventHeaders.SUBJECT, CloudEventHeaders.TIME,
                CloudEventHeaders.DATA_SCHEMA);
        assertThat(list(headers.get("required"))).contains(CloudEventHeaders.ID, CloudEventHeaders.SPEC_VERSION,
                CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE);
        assertThat(deref(headerProperties.get(CloudEventHeaders.DATA_SCHEMA)).get("const")).as("ce_dataschema const")
                .isEqualTo(descriptor.dataSchema());
        assertThat(deref(headerProperties.get(CloudEventHeaders.SPEC_VERSION)).get("const")).as("ce_specversion")
                .isEqualTo(CloudEventHeaders.SPEC_VERSION_VALUE);

        Map<String, Object> payload = map(message.get("payload"));
        assertThat(payload).as("payload is only a $ref to the schema file").containsOnlyKeys("$ref");
        String ref = (String) payload.get("$ref");
        assertThat(resourcePath(ref)).as("payload $ref").isEqualTo(descriptor.schemaResource());
        assertThat(classLoader().getResource(descriptor.schemaResource())).as("schema file").isNotNull();

        Map<String, Object> key = map(map(map(message.get("bindings")).get("kafka")).get("key"));
        assertThat(key.get("type")).as("Kafka key type").isEqualTo("string");
        assertThat((String) key.get("description")).as("what the Kafka key is").isNotBlank();
    }

    /** A channel carries exactly the catalog's events of its topic, one message per {@code ce_type}. */
    @Test
    void everyChannelCarriesExactlyTheEventsOfItsTopic() {
        Map<String, Set<String>> typesByTopic = EventCatalog.ALL.stream().collect(Collectors.groupingBy(
                EventDescriptor::topic, Collectors.mapping(EventDescriptor::type, Collectors.toSet())));
        typesByTopic.forEach((topic, types) -> assertThat(typesOf(channelAt(topic))).as("ce_types of %s", topic)
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(types));
    }

    /** The urgent lane carries the report topic's events, produced and consumed by the same services. */
    @Test
    void urgentReportsHaveALaneWithTheSameEventsProducersAndConsumers() {
        assertThat(typesOf(channelAt(Lane.URGENT.topic()))).containsExactlyInAnyOrderElementsOf(
                typesOf(channelAt(Topics.REPORT_EVENTS)));
        for (String action : List.of("send", "receive")) {
            Set<String> ordinary = servicesOn(action, Topics.REPORT_EVENTS);
            assertThat(ordinary).isNotEmpty();
            assertThat(servicesOn(action, Lane.URGENT.topic())).as(action).isEqualTo(ordinary);
        }
    }

    private static Set<String> servicesOn(String action, String topic) {
        String channelRef = "#/channels/" + channelId(topic);
        return operations(action).stream().filter(op -> channelRef.equals(ref(op.get("channel"))))
                .map(AsyncApiDocumentTest::service).collect(Collectors.toSet());
    }

    @Test
    void aReportsEventsShareOneTopicKeyedByTheReportId() {
        List<EventDescriptor> reportEvents = EventCatalog.ALL.stream()
                .filter(d -> d.recordType().getPackageName().endsWith(".report")).toList();
        assertThat(reportEvents).hasSize(6).allSatisfy(d -> assertThat(d.topic()).isEqualTo(Topics.REPORT_EVENTS));
        for (Object message : map(channelAt(Topics.REPORT_EVENTS).get("messages")).values()) {
            Map<String, Object> key = map(map(map(deref(message).get("bindings")).get("kafka")).get("key"));
            assertThat((String) key.get("description")).isEqualTo("The report id.");
        }
    }

    @Test
    void everyRefResolves() {
        List<String> refs = new ArrayList<>();
        walk(DOC, "#", (where, ref) -> refs.add(where + " -> " + ref));
        assertThat(refs).isNotEmpty();

        List<String> external = new ArrayList<>();
        walk(DOC, "#", (where, ref) -> {
            if (ref.startsWith("#")) {
                assertThat(pointer(DOC, ref)).as("%s -> %s", where, ref).isNotNull();
                return;
            }
            external.add(ref);
            int hash = ref.indexOf('#');
            String resource = resourcePath(hash < 0 ? ref : ref.substring(0, hash));
            InputStream in = classLoader().getResourceAsStream(resource);
            assertThat(in).as("%s -> %s (classpath %s)", where, ref, resource).isNotNull();
            try (in) {
                JsonNode target = JsonMapper.builder().build().readTree(in);
                if (hash >= 0 && hash < ref.length() - 1) {
                    assertThat(target.at(ref.substring(hash + 1)).isMissingNode()).as("%s -> %s", where, ref)
                            .isFalse();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(external).as("schema files referenced").hasSizeGreaterThanOrEqualTo(EventCatalog.ALL.size());
    }

    @Test
    void channelsAreTheCatalogTopicsAndTheirConsumersDeadLetterTopics() {
        Set<String> expected = new LinkedHashSet<>();
        EventCatalog.ALL.forEach(descriptor -> expected.add(descriptor.topic()));
        expected.add(Lane.URGENT.topic()); // the urgent reports' lane of the report topic
        for (Map<String, Object> operation : operations("receive")) {
            expected.add(address(channelOf(operation)) + "." + service(operation) + DLQ_SUFFIX);
        }
        List<String> addresses = addresses();
        assertThat(addresses).as("channel addresses are unique").doesNotHaveDuplicates();
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void deadLetterChannelsCarryTheOriginalPayloadAndExceptionHeaders() {
        List<Map<String, Object>> receives = operations("receive");
        assertThat(receives).isNotEmpty();
        for (Map<String, Object> receive : receives) {
            String service = service(receive);
            Map<String, Object> source = channelOf(receive);
            String topic = address(source);
            String dlq = topic + "." + service + DLQ_SUFFIX;
            Map<String, Object> dlqChannel = channelAt(dlq);
            assertThat(typesOf(dlqChannel)).as("%s carries the types %s handles", dlq, service)
                    .containsExactlyInAnyOrderElementsOf(list(receive.get("messages")).stream()
                            .map(m -> typeOf(deref(m))).toList());

            for (Object deadLetter : map(dlqChannel.get("messages")).values()) {
                Map<String, Object> dead = deref(deadLetter);
                Map<String, Object> original = deref(messageOf(source, typeOf(dead)));
                assertThat(dead.get("payload")).as("%s payload", dlq).isEqualTo(original.get("payload"));
                assertThat(dead.get("contentType")).isEqualTo("application/json");

                Map<String, Object> headers = deref(dead.get("headers"));
                Map<String, Object> properties = map(headers.get("properties"));
                assertThat(properties).as("%s headers", dlq).containsKeys(DLQ_HEADERS.toArray(String[]::new))
                        .containsKeys(CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE);
                assertThat(list(headers.get("required"))).as("%s required headers", dlq).containsAll(DLQ_HEADERS);
                assertThat(deref(properties.get("x-original-topic")).get("const")).isEqualTo(topic);
            }

            String dlqRef = "#/channels/" + channelId(dlq);
            assertThat(operations("send")).as("%s publishes to %s", service, dlq)
                    .anyMatch(op -> service.equals(service(op)) && dlqRef.equals(ref(op.get("channel"))));
        }
    }

    @Test
    void operationsAreWellFormed() {
        Set<String> services = list(map(DOC.get("info")).get("tags")).stream()
                .map(tag -> (String) map(tag).get("name")).collect(Collectors.toSet());
        assertThat(services).contains("feedback-service", "routing-service", "notification-service",
                "identity-service");
        Map<String, Object> operations = map(DOC.get("operations"));
        assertThat(operations).isNotEmpty();
        operations.forEach((id, value) -> {
            Map<String, Object> operation = map(value);
            assertThat(operation.get("action")).as("%s action", id).isIn("send", "receive");
            assertThat(service(operation)).as("%s service tag", id).isIn(services);
            String channelRef = ref(operation.get("channel"));
            assertThat(channelRef).as("%s channel", id).startsWith("#/channels/");
            assertThat(pointer(DOC, channelRef)).as("%s channel %s", id, channelRef).isNotNull();
            List<Object> messages = list(operation.get("messages"));
            assertThat(messages).as("%s messages", id).isNotEmpty();
            for (Object message : messages) {
                String messageRef = ref(message);
                assertThat(messageRef).as("%s message of its channel", id).startsWith(channelRef + "/messages/");
                assertThat(pointer(DOC, messageRef)).as("%s message %s", id, messageRef).isNotNull();
            }
            if ("receive".equals(operation.get("action"))) {
                Map<String, Object> groupId = map(map(map(operation.get("bindings")).get("kafka")).get("groupId"));
                assertThat(groupId.get("const")).as("%s consumer group", id).isEqualTo(service(operation));
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void everyEventHasAProducerAndAConsumer(EventDescriptor descriptor) {
        String channelRef = "#/channels/" + channelId(descriptor.topic());
        for (String action : List.of("send", "receive")) {
            assertThat(operations(action)).as("%s of %s", action, descriptor.type())
                    .anyMatch(op -> channelRef.equals(ref(op.get("channel"))) && list(op.get("messages")).stream()
                            .anyMatch(m -> descriptor.type().equals(typeOf(deref(m)))));
        }
    }

    @Test
    void theReportTopicTellsAgenciesToKeepTheRoutedRecordsAndFilterByTeamId() {
        String description = (String) channelAt(Topics.REPORT_EVENTS).get("description");
        assertThat(description).containsIgnoringCase("agencies").contains("teamId")
                .contains(EventCatalog.of(vn.gov.daklak.contracts.report.ReportRouted.class).type());
    }

    /** The cross-check: a topic bound in a service's configuration but missing here is an undocumented contract. */
    @Test
    void everyTopicTheServicesBindIsAChannel() {
        Path modulesRoot = moduleBaseDir().toAbsolutePath().normalize().getParent();
        List<ServiceTopicBindings.Binding> bindings = ServiceTopicBindings.scan(modulesRoot);
        Set<String> addresses = Set.copyOf(addresses());
        List<ServiceTopicBindings.Binding> undocumented = bindings.stream()
                .filter(binding -> !addresses.contains(binding.topic())).toList();
        assertThat(undocumented)
                .as("topics bound in %s but not channel addresses of %s", ServiceTopicBindings.configurationFiles(
                        modulesRoot), DOCUMENT)
                .isEmpty();
    }

    @Test
    void bindingScannerFindsDestinationsAndDeadLetterTopics(@TempDir Path modules) throws IOException {
        write(modules.resolve("routing-service/src/main/resources/application.yml"), """
                spring:
                  application:
                    name: routing-service
                  cloud:
                    function:
                      definition: onReportEvents;onTeamUpserted;onNotifications
                    stream:
                      bindings:
                        onReportEvents-in-0:
                          destination: daklak.report.events.v1
                          group: routing-service
                        onTeamUpserted-in-0:
                          destination: ${topics.team-directory:daklak.identity.team-directory.v1}
                          group: routing-service
                        onNotifications-in-0:
                          destination: daklak.notification.delivered.v1, daklak.notification.failed.v1
                          group: routing-service
                        reportEvents-out-0:
                          destination: daklak.report.events.v1
                      kafka:
                        bindings:
                          onReportEvents-in-0:
                            consumer:
                              enableDlq: true
                              dlqName: daklak.report.events.v1.routing-service.dlq
                          onTeamUpserted-in-0:
                            consumer:
                              enable-dlq: true
                ---
                spring.config.activate.on-profile: local
                spring.cloud.stream.bindings.notifications-out-0.destination: daklak.notification.requested.v1
                """);
        write(modules.resolve("routing-service/src/main/resources/application-local.yaml"), """
                server:
                  port: 8082
                """);
        write(modules.resolve("feedback-service/src/main/resources/config/application.yml"), """
                spring.cloud.stream:
                  bindings:
                    onEvents-in-0:
                      destination: [daklak.report.events.v1]
                      group: feedback-service
                  kafka:
                    default.consumer.enableDlq: true
                    bindings.onEvents-in-0.consumer.dlq-name: daklak.report.events.v1.feedback-service.dlq
                """);
        write(modules.resolve("identity-service/src/main/resources/application.yml"), "");
        write(modules.resolve("identity-service/src/main/resources/bootstrap.yml"),
                "spring.cloud.stream.bindings.x.destination: not.scanned\n");
        Files.createDirectories(modules.resolve("event-contracts/src/main/java"));

        assertThat(ServiceTopicBindings.scan(modules)).extracting(ServiceTopicBindings.Binding::topic)
                .containsExactlyInAnyOrder(
                        "daklak.report.events.v1",
                        "daklak.report.events.v1.feedback-service.dlq",
                        "daklak.report.events.v1",
                        "daklak.identity.team-directory.v1",
                        "daklak.notification.delivered.v1",
                        "daklak.notification.failed.v1",
                        "daklak.report.events.v1",
                        "daklak.report.events.v1.routing-service.dlq",
                        "daklak.notification.requested.v1",
                        "error.daklak.identity.team-directory.v1.routing-service");
        assertThat(ServiceTopicBindings.scan(modules.resolve("does-not-exist"))).isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static Map<String, Object> load() {
        try (InputStream in = classLoader().getResourceAsStream(DOCUMENT)) {
            assertThat(in).as("%s on the classpath", DOCUMENT).isNotNull();
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return map(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path moduleBaseDir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    }

    private static ClassLoader classLoader() {
        return AsyncApiDocumentTest.class.getClassLoader();
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** A reference relative to the document, as a classpath resource path (the document is at the root). */
    private static String resourcePath(String ref) {
        Path path = Path.of(DOCUMENT).resolveSibling(ref).normalize();
        assertThat(path.toString()).as("%s stays inside the resources", ref).doesNotStartWith("..");
        return path.toString().replace('\\', '/');
    }

    private static List<String> addresses() {
        return map(DOC.get("channels")).values().stream().map(channel -> address(map(channel))).toList();
    }

    private static String address(Map<String, Object> channel) {
        return (String) channel.get("address");
    }

    private static String channelId(String address) {
        return map(DOC.get("channels")).entrySet().stream()
                .filter(e -> address.equals(address(map(e.getValue())))).map(Map.Entry::getKey).findFirst()
                .orElseGet(() -> fail("no channel with address " + address));
    }

    private static Map<String, Object> channelAt(String address) {
        return map(map(DOC.get("channels")).get(channelId(address)));
    }

    /** The message of a channel whose {@code ce_type} is {@code type}; there must be exactly one. */
    private static Object messageOf(Map<String, Object> channel, String type) {
        List<Object> matching = map(channel.get("messages")).values().stream()
                .filter(message -> type.equals(typeOf(deref(message)))).toList();
        assertThat(matching).as("messages of %s with ce_type %s", address(channel), type).hasSize(1);
        return matching.get(0);
    }

    private static List<String> typesOf(Map<String, Object> channel) {
        return map(channel.get("messages")).values().stream().map(message -> typeOf(deref(message))).toList();
    }

    private static String typeOf(Map<String, Object> message) {
        Map<String, Object> properties = map(deref(message.get("headers")).get("properties"));
        return (String) deref(properties.get(CloudEventHeaders.TYPE)).get("const");
    }

    private static Map<String, Object> channelOf(Map<String, Object> operation) {
        return deref(operation.get("channel"));
    }

    private static List<Map<String, Object>> operations(String action) {
        return map(DOC.get("operations")).values().stream().map(AsyncApiDocumentTest::map)
                .filter(op -> action.equals(op.get("action"))).toList();
    }

    /** The service that performs an operation: its one tag. */
    private static String service(Map<String, Object> operation) {
        List<Object> tags = list(operation.get("tags"));
        assertThat(tags).as("one service tag on %s", operation.get("title")).hasSize(1);
        return (String) map(tags.get(0)).get("name");
    }

    private static String ref(Object node) {
        return (String) map(node).get("$ref");
    }

    /** Follows internal {@code $ref}s. */
    private static Map<String, Object> deref(Object node) {
        Map<String, Object> map = map(node);
        for (int depth = 0; map.containsKey("$ref") && depth < 10; depth++) {
            String ref = (String) map.get("$ref");
            if (!ref.startsWith("#")) {
                return map;
            }
            Object target = pointer(DOC, ref);
            assertThat(target).as("%s resolves", ref).isNotNull();
            map = map(target);
        }
        return map;
    }

    /** Resolves a JSON pointer such as {@code #/components/messages/x}; null when it points at nothing. */
    private static Object pointer(Object root, String ref) {
        Object node = root;
        String path = ref.startsWith("#") ? ref.substring(1) : ref;
        if (path.isEmpty()) {
            return root;
        }
        for (String token : path.substring(1).split("/", -1)) {
            String key = token.replace("~1", "/").replace("~0", "~");
            if (node instanceof Map<?, ?> m) {
                node = m.get(key);
            } else if (node instanceof List<?> l && key.matches("\\d+") && Integer.parseInt(key) < l.size()) {
                node = l.get(Integer.parseInt(key));
            } else {
                return null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static void walk(Object node, String where, BiConsumer<String, String> onRef) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if ("$ref".equals(k) && v instanceof String ref) {
                    onRef.accept(where, ref);
                } else {
                    walk(v, where + "/" + k, onRef);
                }
            });
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                walk(l.get(i), where + "/" + i, onRef);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).as("a mapping").isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        assertThat(node).as("a sequence").isInstanceOf(List.class);
        return (List<Object>) node;
    }
}
