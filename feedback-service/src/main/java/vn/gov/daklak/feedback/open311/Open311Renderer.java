package vn.gov.daklak.feedback.open311;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;
import tools.jackson.dataformat.xml.XmlWriteFeature;
import vn.gov.daklak.platform.text.XmlCharacters;

/**
 * Writes {@link Open311Documents} as the client asked: UTF-8 JSON, or UTF-8 XML with its declaration. Own mappers
 * (snake_case names) so the rest of the service keeps its JSON conventions.
 */
@Component
class Open311Renderer {
    private final ObjectMapper json = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private final ObjectMapper xml = XmlMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(XmlWriteFeature.WRITE_XML_DECLARATION)
            // empty elements, as the spec's examples and FixMyStreet's parser expect, not xsi:nil
            .disable(XmlWriteFeature.WRITE_NULLS_AS_XSI_NIL)
            // text is checked at intake; what was stored before that check is stripped here, so the XML is always
            // well-formed
            .addModule(new SimpleModule("open311-xml-text").addSerializer(String.class, new XmlTextSerializer()))
            .build();

    /** Writes strings without the characters XML 1.0 does not allow ({@link XmlCharacters}). */
    static final class XmlTextSerializer extends StdSerializer<String> {
        XmlTextSerializer() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(XmlCharacters.strip(value));
        }
    }

    ResponseEntity<byte[]> ok(Open311Format format, Object document) {
        return render(format, HttpStatus.OK, document);
    }

    ResponseEntity<byte[]> render(Open311Format format, HttpStatus status, Object document) {
        byte[] body = format == Open311Format.XML ? xml.writeValueAsBytes(document)
                : json.writeValueAsBytes(document instanceof Open311Documents.Listing list ? list.items() : document);
        return ResponseEntity.status(status).contentType(format.mediaType).body(body);
    }
}
