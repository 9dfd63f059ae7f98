package vn.gov.daklak.console.api;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;

/** The shapes the pages read answers as: JSON objects as maps (templates read {@code report.title}). */
public final class Json {

    public static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() { };
    public static final ParameterizedTypeReference<List<Map<String, Object>>> ARRAY =
            new ParameterizedTypeReference<>() { };

    private Json() {
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Map<String, Object> page) {
        Object items = page == null ? null : page.get("items");
        return items instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, Object> parent, String key) {
        Object value = parent == null ? null : parent.get(key);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    public static String text(Map<String, Object> parent, String key) {
        Object value = parent == null ? null : parent.get(key);
        return value == null ? null : value.toString();
    }
}
