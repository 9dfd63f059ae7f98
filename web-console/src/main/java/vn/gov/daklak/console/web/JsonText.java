package vn.gov.daklak.console.web;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Data handed to a page's script as JSON inside {@code <script type="application/json">} ({@code @jsonText}):
 * {@code <} is escaped so no text from a report can close the element.
 */
@Component("jsonText")
public class JsonText {

    private final JsonMapper json = JsonMapper.builder().build();

    public String of(Object value) {
        return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
