package vn.gov.daklak.contracts;

/**
 * CloudEvents 1.0 attributes as Kafka headers (binary content mode, Kafka protocol binding: {@code ce_} prefix).
 * The payload is the event record as JSON ({@code content-type: application/json}).
 */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION_VALUE = "1.0";

    public static final String ID = "ce_id";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String DATA_SCHEMA = "ce_dataschema";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }
}
