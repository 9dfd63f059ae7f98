package vn.gov.daklak.platform.text;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every JSON string a service reads (every field of every request body) is refused when it holds a character
 * {@link XmlCharacters} does not allow: the request is answered 400 naming the field, before anything is stored.
 */
public class TextInputModule extends SimpleModule {

    public TextInputModule() {
        super("platform-text-input");
        addDeserializer(String.class, new CheckedStringDeserializer());
    }

    static final class CheckedStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (!XmlCharacters.isClean(value)) {
                throw InvalidFormatException.from(p, IllegalCharacters.MESSAGE, value, String.class);
            }
            return value;
        }
    }

    /** The marker message that {@code ProblemDetailsAdvice} recognises. */
    public static final class IllegalCharacters {
        public static final String MESSAGE = "contains characters that are not allowed in text";

        private IllegalCharacters() {
        }
    }
}
