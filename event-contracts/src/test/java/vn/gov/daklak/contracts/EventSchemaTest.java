package vn.gov.daklak.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.daklak.contracts.notification.NotificationRequested;
import vn.gov.daklak.contracts.report.ReportSubmitted;

/** Every event of {@link EventCatalog} has a JSON Schema that matches its record and accepts what Jackson writes. */
class EventSchemaTest {

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    static List<EventDescriptor> catalog() {
        return EventCatalog.ALL;
    }

    @Test
    void everyCatalogEventHasASample() {
        Set<Class<?>> catalogTypes = EventCatalog.ALL.stream().map(EventDescriptor::recordType)
                .collect(Collectors.toSet());
        assertThat(SampleEvents.factories().keySet())
                .as("SampleEvents must have exactly one factory per EventCatalog entry")
                .containsExactlyInAnyOrderElementsOf(catalogTypes);
        for (EventDescriptor descriptor : EventCatalog.ALL) {
            assertThat(SampleEvents.of(descriptor.recordType())).isInstanceOf(descriptor.recordType());
        }
    }

    @Test
    void everySchemaFileBelongsToACatalogEvent() throws URISyntaxException, IOException {
        URL dir = EventSchemaTest.class.getClassLoader().getResource("schemas");
        assertThat(dir).as("schemas/ on the classpath").isNotNull();
        Set<String> expected = EventCatalog.ALL.stream().map(EventDescriptor::schemaResource)
                .collect(Collectors.toSet());
        if (!"file".equals(dir.getProtocol())) {
            return; // only listable when running from a directory, as in the Maven build
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            Set<String> present = files.map(p -> "schemas/" + p.getFileName()).collect(Collectors.toSet());
            assertThat(present).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void schemaIdentifiesTheEvent(EventDescriptor descriptor) {
        JsonNode schema = schemaNode(descriptor);
        assertThat(schema.path("$schema").asString()).isEqualTo(DRAFT_2020_12);
        assertThat(schema.path("$id").asString()).isEqualTo(descriptor.dataSchema());
        assertThat(schema.path("title").asString()).isEqualTo(descriptor.recordType().getSimpleName());
        assertThat(schema.path("description").asString()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void schemaMirrorsTheRecordExactly(EventDescriptor descriptor) {
        JsonNode schema = schemaNode(descriptor);
        assertObjectMirrorsRecord(schema, schema, descriptor.recordType(), descriptor.recordType().getSimpleName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void sampleSerializedByJacksonIsValid(EventDescriptor descriptor) {
        Record sample = SampleEvents.of(descriptor.recordType());
        JsonNode json = MAPPER.valueToTree(sample);
        assertThat(validate(descriptor, json)).as("errors for %s", json).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void sampleSurvivesAJsonRoundTrip(EventDescriptor descriptor) {
        Record sample = SampleEvents.of(descriptor.recordType());
        String json = MAPPER.writeValueAsString(sample);
        assertThat(MAPPER.readValue(json, descriptor.recordType())).isEqualTo(sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void payloadMissingARequiredFieldIsRejected(EventDescriptor descriptor) {
        JsonNode schema = schemaNode(descriptor);
        List<String> required = strings(schema.path("required"));
        assertThat(required).as("required").isNotEmpty();
        for (String field : required) {
            ObjectNode payload = samplePayload(descriptor);
            payload.remove(field);
            assertThat(validate(descriptor, payload)).as("payload without %s", field).isNotEmpty();

            ObjectNode nulled = samplePayload(descriptor);
            nulled.putNull(field);
            assertThat(validate(descriptor, nulled)).as("payload with %s = null", field).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void payloadWithAnUnknownEnumValueIsRejected(EventDescriptor descriptor) {
        List<List<String>> enumPaths = new ArrayList<>();
        collectEnumPaths(descriptor.recordType(), List.of(), enumPaths);
        // ReportTransferRequested (ids, texts and a time) is the one event without an enum-valued field
        org.junit.jupiter.api.Assumptions.assumeFalse(enumPaths.isEmpty(),
                () -> descriptor.recordType().getSimpleName() + " has no enum-valued field");
        for (List<String> path : enumPaths) {
            ObjectNode payload = samplePayload(descriptor);
            ObjectNode parent = payload;
            for (String step : path.subList(0, path.size() - 1)) {
                parent = (ObjectNode) parent.get(step);
            }
            parent.put(path.get(path.size() - 1), "NOT_A_KNOWN_CONSTANT");
            assertThat(validate(descriptor, payload)).as("payload with %s = NOT_A_KNOWN_CONSTANT", path).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void payloadWithAnUnknownPropertyIsRejected(EventDescriptor descriptor) {
        ObjectNode payload = samplePayload(descriptor);
        payload.put("unexpected", "giá trị lạ");
        assertThat(validate(descriptor, payload)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void payloadWithAMalformedTimeIsRejected(EventDescriptor descriptor) {
        for (RecordComponent component : descriptor.recordType().getRecordComponents()) {
            if (component.getType() == Instant.class) {
                ObjectNode payload = samplePayload(descriptor);
                payload.put(component.getName(), "03/11/2025 08:15");
                assertThat(validate(descriptor, payload)).as("%s not RFC 3339", component.getName()).isNotEmpty();
            }
        }
    }

    @Test
    void reportSubmittedNeedsALocationOrACommune() {
        EventDescriptor descriptor = EventCatalog.of(ReportSubmitted.class);
        ReportSubmitted sample = SampleEvents.reportSubmitted();

        ObjectNode locationOnly = MAPPER.valueToTree(sample);
        locationOnly.putNull("communeCode");
        assertThat(validate(descriptor, locationOnly)).isEmpty();

        ObjectNode communeOnly = MAPPER.valueToTree(sample);
        communeOnly.putNull("location");
        assertThat(validate(descriptor, communeOnly)).isEmpty();

        ObjectNode neither = MAPPER.valueToTree(sample);
        neither.putNull("location");
        neither.putNull("communeCode");
        assertThat(validate(descriptor, neither)).isNotEmpty();
    }

    @Test
    void reportSubmittedRejectsCoordinatesOutsideWgs84() {
        EventDescriptor descriptor = EventCatalog.of(ReportSubmitted.class);
        ObjectNode payload = MAPPER.valueToTree(SampleEvents.reportSubmitted());
        ((ObjectNode) payload.get("location")).put("lat", 108.0447);
        assertThat(validate(descriptor, payload)).isNotEmpty();
    }

    @Test
    void anonymousReporterOnlyNeedsAPreferredChannel() {
        EventDescriptor descriptor = EventCatalog.of(ReportSubmitted.class);
        ObjectNode payload = MAPPER.valueToTree(SampleEvents.reportSubmitted());
        ObjectNode reporter = (ObjectNode) payload.get("reporter");
        for (String field : List.of("name", "phone", "email", "zaloUserId", "language")) {
            reporter.putNull(field);
        }
        reporter.put("preferredChannel", "IN_APP");
        assertThat(validate(descriptor, payload)).isEmpty();
    }

    @Test
    void notificationRequestNeedsARecipientIdOrAnAddress() {
        EventDescriptor descriptor = EventCatalog.of(NotificationRequested.class);
        ObjectNode addressOnly = MAPPER.valueToTree(SampleEvents.notificationRequested());
        addressOnly.putNull("recipientId");
        assertThat(validate(descriptor, addressOnly)).isEmpty();

        ObjectNode neither = MAPPER.valueToTree(SampleEvents.notificationRequested());
        neither.putNull("recipientId");
        neither.putNull("address");
        assertThat(validate(descriptor, neither)).isNotEmpty();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static List<Error> validate(EventDescriptor descriptor, JsonNode payload) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:" + descriptor.schemaResource()));
        return schema.validate(payload);
    }

    private static ObjectNode samplePayload(EventDescriptor descriptor) {
        return MAPPER.valueToTree(SampleEvents.of(descriptor.recordType()));
    }

    private static JsonNode schemaNode(EventDescriptor descriptor) {
        try (InputStream in = EventSchemaTest.class.getClassLoader().getResourceAsStream(descriptor.schemaResource())) {
            if (in == null) {
                fail("Missing schema on the classpath: " + descriptor.schemaResource());
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks that {@code objectSchema} describes {@code recordType}: a closed object whose properties are exactly the
     * record components, with types that match them, and nested records described the same way.
     */
    private static void assertObjectMirrorsRecord(JsonNode root, JsonNode objectSchema, Class<?> recordType,
                                                  String where) {
        assertThat(types(root, objectSchema)).as("%s type", where).contains("object");
        assertThat(objectSchema.path("additionalProperties").isBoolean()
                && !objectSchema.path("additionalProperties").booleanValue())
                .as("%s additionalProperties is false", where).isTrue();

        List<String> components = Arrays.stream(recordType.getRecordComponents()).map(RecordComponent::getName)
                .toList();
        assertThat(objectSchema.path("properties").propertyNames()).as("%s properties", where)
                .containsExactlyElementsOf(components);

        List<String> required = strings(objectSchema.path("required"));
        assertThat(components).as("%s required ⊆ properties", where).containsAll(required);
        assertThat(new LinkedHashSet<>(required)).as("%s required has no duplicates", where).hasSameSizeAs(required);

        for (RecordComponent component : recordType.getRecordComponents()) {
            String name = component.getName();
            String path = where + "." + name;
            JsonNode property = objectSchema.path("properties").path(name);
            assertThat(property.path("description").asString()).as("%s description", path).isNotBlank();
            JsonNode resolved = resolveLocal(root, property);
            Set<String> types = types(root, resolved);
            boolean nullable = types.contains("null");
            if (component.getType().isPrimitive()) {
                assertThat(required).as("%s is primitive, so required", path).contains(name);
            }
            assertThat(nullable).as("%s: nullable exactly when not required", path)
                    .isEqualTo(!required.contains(name));
            assertComponentType(root, component, resolved, types, path);
        }
    }

    private static void assertComponentType(JsonNode root, RecordComponent component, JsonNode schema,
                                            Set<String> types, String path) {
        Class<?> type = component.getType();
        if (type == String.class) {
            assertThat(types).as("%s type", path).contains("string");
        } else if (type == boolean.class || type == Boolean.class) {
            assertThat(types).as("%s type", path).contains("boolean");
        } else if (type == double.class || type == Double.class || type == float.class) {
            assertThat(types).as("%s type", path).contains("number");
        } else if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            assertThat(types).as("%s type", path).contains("integer");
        } else if (type == Instant.class) {
            assertThat(types).as("%s type", path).contains("string");
            assertThat(schema.path("format").asString()).as("%s format", path).isEqualTo("date-time");
        } else if (type.isEnum()) {
            assertThat(types).as("%s type", path).contains("string");
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(v -> {
                if (!v.isNull()) {
                    values.add(v.asString());
                }
            });
            List<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            assertThat(values).as("%s enum = %s constants", path, type.getSimpleName())
                    .containsExactlyElementsOf(constants);
            if (types.contains("null")) {
                boolean listsNull = false;
                for (JsonNode value : schema.path("enum")) {
                    listsNull |= value.isNull();
                }
                assertThat(listsNull).as("%s nullable enum lists null", path).isTrue();
            }
        } else if (List.class.isAssignableFrom(type)) {
            assertThat(types).as("%s type", path).contains("array");
            assertThat(typeArgument(component, 0)).as("%s element type", path).isEqualTo(String.class);
            assertThat(types(root, schema.path("items"))).as("%s items", path).contains("string");
        } else if (Map.class.isAssignableFrom(type)) {
            assertThat(types).as("%s type", path).contains("object");
            assertThat(typeArgument(component, 1)).as("%s value type", path).isEqualTo(String.class);
            assertThat(types(root, schema.path("additionalProperties"))).as("%s values", path).contains("string");
        } else if (type.isRecord()) {
            assertObjectMirrorsRecord(root, objectBranch(root, schema), type, path);
        } else {
            fail("%s: no schema rule for component type %s", path, type.getName());
        }
    }

    /** Follows local {@code $ref}s to the schema they point at. */
    private static JsonNode resolveLocal(JsonNode root, JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            assertThat(ref).as("only local $refs").startsWith("#/");
            JsonNode target = root.at(ref.substring(1));
            assertThat(target.isMissingNode()).as("%s resolves", ref).isFalse();
            return resolveLocal(root, target);
        }
        return schema;
    }

    /** The object branch of a schema written as {@code anyOf: [{$ref: GeoPoint}, {type: null}]}, or the schema. */
    private static JsonNode objectBranch(JsonNode root, JsonNode schema) {
        if (schema.has("anyOf")) {
            for (JsonNode branch : schema.get("anyOf")) {
                JsonNode resolved = resolveLocal(root, branch);
                if (types(root, resolved).contains("object")) {
                    return resolved;
                }
            }
            fail("no object branch in " + schema);
        }
        return schema;
    }

    /** The JSON types a schema allows, looking through local {@code $ref}s and {@code anyOf}/{@code oneOf}. */
    private static Set<String> types(JsonNode root, JsonNode schema) {
        JsonNode resolved = resolveLocal(root, schema);
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = resolved.path("type");
        if (type.isString()) {
            types.add(type.asString());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            for (JsonNode branch : resolved.path(combinator)) {
                types.addAll(types(root, branch));
            }
        }
        return types;
    }

    private static void collectEnumPaths(Class<?> recordType, List<String> prefix, List<List<String>> out) {
        for (RecordComponent component : recordType.getRecordComponents()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(component.getName());
            if (component.getType().isEnum()) {
                out.add(path);
            } else if (component.getType().isRecord()) {
                collectEnumPaths(component.getType(), path, out);
            }
        }
    }

    private static Type typeArgument(RecordComponent component, int index) {
        return ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[index];
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
