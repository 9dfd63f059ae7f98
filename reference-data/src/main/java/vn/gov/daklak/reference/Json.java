package vn.gov.daklak.reference;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Small null-tolerant accessors over Jackson trees. */
final class Json {

    private Json() {
    }

    /** Text of {@code node.field}, or {@code null} when absent or JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        return v.asString();
    }

    /** Text of {@code node.field}; fails if absent (used for mandatory fields). */
    static String requiredText(JsonNode node, String field) {
        String v = text(node, field);
        if (v == null) {
            throw new IllegalStateException("Missing field '" + field + "' in " + abbreviate(node));
        }
        return v;
    }

    static double requiredDouble(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalStateException("Missing numeric field '" + field + "' in " + abbreviate(node));
        }
        return v.asDouble();
    }

    static boolean bool(JsonNode node, String field, boolean dflt) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return dflt;
        }
        return v.asBoolean();
    }

    /** Immutable list of the strings in array {@code node.field}; empty when absent or null. */
    static List<String> strings(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(v.size());
        for (JsonNode e : v.values()) {
            out.add(e.asString());
        }
        return List.copyOf(out);
    }

    /** Elements of array {@code node.field}; empty when absent or null. */
    static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            return List.of();
        }
        return v.values();
    }

    private static String abbreviate(JsonNode node) {
        String s = String.valueOf(node);
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
