package vn.gov.daklak.feedback.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.daklak.platform.text.TextInputModule;
import vn.gov.daklak.platform.text.XmlCharacters;

/**
 * Intake validation over arbitrary strings, numbers and nesting, as the HTTP layer reads a body (Jackson with
 * {@link TextInputModule}, then Bean Validation): whatever comes in is either refused as the client's error, or is a
 * request whose every text is XML-clean and within its length and whose coordinates are in range.
 */
class IntakeValidationPropertiesTest {
    private static final JsonMapper JSON = JsonMapper.builder().addModule(new TextInputModule()).build();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Property(tries = 300)
    void arbitraryTextIsRefusedOrClean(@ForAll("text") String title, @ForAll("text") String description,
                                       @ForAll("text") String name) {
        ObjectNode body = valid();
        body.put("title", title);
        body.put("description", description);
        ((ObjectNode) body.get("reporter")).put("name", name);
        accepted(body.toString()).ifPresent(request -> {
            assertThat(XmlCharacters.isClean(request.title())).isTrue();
            assertThat(XmlCharacters.isClean(request.description())).isTrue();
            assertThat(XmlCharacters.isClean(request.reporter().name())).isTrue();
            assertThat(request.title().length()).isLessThanOrEqualTo(200);
            assertThat(request.description().length()).isLessThanOrEqualTo(5000);
        });
    }

    @Property(tries = 300)
    void arbitraryNumbersAreRefusedOrInRange(@ForAll("numbers") Object lat, @ForAll("numbers") Object lon) {
        String body = valid().toString().replace("12.6675", String.valueOf(lat)).replace("108.0378",
                String.valueOf(lon));
        accepted(body).ifPresent(request -> {
            assertThat(request.location().lat()).isBetween(-90.0, 90.0);
            assertThat(request.location().lon()).isBetween(-180.0, 180.0);
        });
    }

    @Property(tries = 200)
    void arbitraryNestingInAnyFieldIsRefusedNeverAnError(@ForAll("fields") String field, @ForAll("json") String value) {
        String body = valid().toString().replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\{[^}]*\\}|[0-9.]+)",
                java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + value));
        accepted(body).ifPresent(request -> assertThat(request.title()).isNotBlank());
    }

    /** The request if it passed; empty if refused the way the HTTP layer refuses (400). Anything else fails. */
    private static java.util.Optional<SubmitReportRequest> accepted(String body) {
        SubmitReportRequest request;
        try {
            request = JSON.readValue(body, SubmitReportRequest.class);
        } catch (JacksonException refused) {
            return java.util.Optional.empty();
        }
        if (request == null) {
            return java.util.Optional.empty();
        }
        Set<ConstraintViolation<SubmitReportRequest>> violations = VALIDATOR.validate(request);
        return violations.isEmpty() ? java.util.Optional.of(request) : java.util.Optional.empty();
    }

    private static ObjectNode valid() {
        ObjectNode body = NODES.objectNode();
        body.put("category", "VE_SINH_MOI_TRUONG");
        body.put("title", "Rác thải ùn ứ");
        body.put("description", "Rác không được thu gom ba ngày nay");
        body.putObject("location").put("lat", 12.6675).put("lon", 108.0378);
        body.putObject("reporter").put("name", "Nguyễn Văn A").put("phone", "0912345678");
        return body;
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0000', '\u001F').withChars("\uFFFE\uFFFF\uD800\uDC00ạắầ ")
                        .ofMaxLength(40),
                Arbitraries.strings().withChars("Rác thải Đắk Lắk ùn ứ 🚮\n\t").ofMinLength(1).ofMaxLength(6000));
    }

    @Provide
    Arbitrary<Object> numbers() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6).map(d -> (Object) d),
                Arbitraries.of("1e400", "-1e400", "NaN", "\"12.5\"", "null", "true", "[]", "{}", "1e-400",
                        "99999999999999999999999999", "-0").map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i));
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.of("category", "title", "description", "location", "reporter", "phone", "lat", "name");
    }

    @Provide
    Arbitrary<String> json() {
        return Arbitraries.recursive(
                () -> Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20).map(JSON::writeValueAsString),
                        Arbitraries.integers().map(String::valueOf), Arbitraries.of("null", "true", "1.5e3")),
                inner -> Arbitraries.oneOf(inner.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]"),
                        inner.list().ofMaxSize(4).map(l -> {
                            StringBuilder o = new StringBuilder("{");
                            for (int i = 0; i < l.size(); i++) {
                                o.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(l.get(i));
                            }
                            return o.append("}").toString();
                        })),
                0, 6);
    }

}
