package vn.gov.daklak.feedback.open311;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The GeoReport v2 wire documents. Property names become snake_case ({@link Open311Renderer}); a {@link Listing}
 * is a bare array in JSON and a named root with repeated elements in XML ({@code <services><service>…}).
 */
final class Open311Documents {

    private Open311Documents() {
    }

    /** A document that is a list: JSON writes {@link #items()}, XML the wrapper. */
    interface Listing {
        List<?> items();
    }

    @JacksonXmlRootElement(localName = "discovery")
    record Discovery(String changeset, String contact, String keyService,
                     @JacksonXmlElementWrapper(localName = "endpoints") @JacksonXmlProperty(localName = "endpoint")
                     List<Endpoint> endpoints) {
    }

    record Endpoint(String specification, String url, String changeset, String type,
                    @JacksonXmlElementWrapper(localName = "formats") @JacksonXmlProperty(localName = "format")
                    List<String> formats) {
    }

    record Service(String serviceCode, String serviceName, String description, boolean metadata, String type,
                   String keywords, String group) {
    }

    @JacksonXmlRootElement(localName = "services")
    record Services(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "service")
                    List<Service> items) implements Listing {
    }

    @JacksonXmlRootElement(localName = "service_definition")
    record ServiceDefinition(String serviceCode,
                             @JacksonXmlElementWrapper(localName = "attributes")
                             @JacksonXmlProperty(localName = "attribute") List<Attribute> attributes) {
    }

    /** {@code variable=false}: text shown to the resident, not a question. */
    record Attribute(boolean variable, String code, String datatype, boolean required, String datatypeDescription,
                     int order, String description,
                     @JacksonXmlElementWrapper(localName = "values") @JacksonXmlProperty(localName = "value")
                     List<Value> values) {
    }

    record Value(String key, String name) {
    }

    /** The answer to {@code POST requests}; {@code token} is the resident's tracking code. */
    record Created(String serviceRequestId, String token, String serviceNotice, String accountId) {
    }

    record Token(String serviceRequestId, String token) {
    }

    record ServiceRequest(String serviceRequestId, String status, String statusNotes, String serviceName,
                          String serviceCode, String description, String agencyResponsible, String serviceNotice,
                          String requestedDatetime, String updatedDatetime, String expectedDatetime, String address,
                          String addressId, String zipcode, Double lat, @JsonProperty("long") Double lon,
                          String mediaUrl,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Extended extendedAttributes) {
    }

    /** {@code extensions=true}: the title and the public history ({@code notes}, as Chicago's endpoint has it). */
    record Extended(String title, @JacksonXmlElementWrapper(localName = "notes")
                    @JacksonXmlProperty(localName = "note") List<Note> notes) {
    }

    /** {@code type}: {@code opened}, {@code activity} or {@code closed}. */
    record Note(String datetime, String type, String summary, String description) {
    }

    @JacksonXmlRootElement(localName = "service_requests")
    record Requests(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "request")
                    List<?> items) implements Listing {
    }

    /** FixMyStreet's update; {@code status} in its extended set, {@code external_status_code} ours. */
    record Update(String updateId, String serviceRequestId, String status, String updatedDatetime,
                  String description, String mediaUrl, String externalStatusCode) {
    }

    @JacksonXmlRootElement(localName = "service_request_updates")
    record Updates(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "request_update")
                   List<Update> items) implements Listing {
    }

    record Error(int code, String description) {
    }

    @JacksonXmlRootElement(localName = "errors")
    record Errors(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "error")
                  List<Error> items) implements Listing {
    }
}
