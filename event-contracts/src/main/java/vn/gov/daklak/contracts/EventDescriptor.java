package vn.gov.daklak.contracts;

/**
 * What the wire knows about one event record: its stable CloudEvents type name, its topic and its schema.
 *
 * @param recordType the Java record carried as the payload
 * @param type       the logical CloudEvents {@code type}, never a Java class name
 * @param topic      the Kafka topic it is published to
 * @param version    schema version; bumped only for incompatible changes
 */
public record EventDescriptor(Class<?> recordType, String type, String topic, int version) {

    /** Path of the JSON Schema on the classpath, e.g. {@code schemas/report.submitted.v1.json}. */
    public String schemaResource() {
        return "schemas/" + type.substring(EventCatalog.TYPE_PREFIX.length()) + ".v" + version + ".json";
    }

    /** The CloudEvents {@code dataschema} attribute. */
    public String dataSchema() {
        return "urn:daklak:feedback:schema:" + type.substring(EventCatalog.TYPE_PREFIX.length()) + ":v" + version;
    }
}
