package vn.gov.daklak.console.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Data handed to a page's script as JSON in a {@code data-json} attribute (Thymeleaf evaluates such attributes in its
 * restricted mode, so controllers prepare the text); {@code <}, {@code >} and {@code &} are escaped as well, so the
 * value stays inert wherever it is placed.
 */
@Component
public class JsonText {

    private final JsonMapper json = JsonMapper.builder().build();
    private final MessageSource messages;

    JsonText(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Object value) {
        return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    /** The map popups' labels in the page's language. */
    public String mapLabels(Locale locale) {
        return of(Map.of("received", messages.getMessage("map.received", null, locale),
                "resolved", messages.getMessage("map.resolved", null, locale),
                "onTime", messages.getMessage("map.onTime", null, locale)));
    }
}
