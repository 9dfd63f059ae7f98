package vn.gov.daklak.platform.standin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The conditions of a filter that pin a field to known values: {@code field: v}, {@code field: {$eq: v}} and
 * {@code field: {$in: [..]}}, at the top level or inside a top-level {@code $and}. Anything that could match a
 * document without that exact value (null, arrays, regular expressions, operators inside values, {@code $or}) is
 * left out: a document matching the whole filter always carries one of the collected values.
 */
final class KeyEqualities {

    private final Map<String, Object> equal = new LinkedHashMap<>();
    private final Map<String, List<Object>> among = new LinkedHashMap<>();

    private KeyEqualities() {
    }

    static KeyEqualities of(Document filter) {
        KeyEqualities equalities = new KeyEqualities();
        equalities.collect(filter);
        return equalities;
    }

    /** A filter on exactly {@code keys} that a unique index can answer, or null when a key is not pinned. */
    Document filterOn(List<String> keys) {
        Document filter = new Document();
        for (String key : keys) {
            if (equal.containsKey(key)) {
                filter.put(key, equal.get(key));
            } else if (keys.size() == 1 && among.containsKey(key)) {
                filter.put(key, new Document("$in", among.get(key)));
            } else {
                return null;
            }
        }
        return filter;
    }

    boolean isEmpty() {
        return equal.isEmpty() && among.isEmpty();
    }

    private void collect(Document filter) {
        for (Map.Entry<String, Object> entry : filter.entrySet()) {
            String field = entry.getKey();
            Object condition = entry.getValue();
            if (field.equals("$and") && condition instanceof Collection<?> clauses) {
                clauses.stream().filter(Document.class::isInstance).map(Document.class::cast).forEach(this::collect);
            } else if (!field.startsWith("$")) {
                collectField(field, condition);
            }
        }
    }

    private void collectField(String field, Object condition) {
        if (condition instanceof Document operators && isOperatorDocument(operators)) {
            if (isKeyValue(operators.get("$eq"))) {
                equal.putIfAbsent(field, operators.get("$eq"));
            } else if (operators.get("$in") instanceof Collection<?> values
                    && values.stream().allMatch(KeyEqualities::isKeyValue)) {
                among.putIfAbsent(field, new ArrayList<>(values));
            }
        } else if (isKeyValue(condition)) {
            equal.putIfAbsent(field, condition);
        }
    }

    private static boolean isOperatorDocument(Document document) {
        return !document.isEmpty() && document.keySet().stream().allMatch(key -> key.startsWith("$"));
    }

    /** A value an index stores as it is: equality on it means exactly this key. */
    private static boolean isKeyValue(Object value) {
        return value != null
                && !(value instanceof Missing)
                && !(value instanceof Collection)
                && !(value instanceof Pattern)
                && !BsonRegularExpression.isRegularExpression(value)
                && !(value instanceof Document document && containsOperator(document));
    }

    private static boolean containsOperator(Document document) {
        for (Map.Entry<String, Object> entry : document.entrySet()) {
            if (entry.getKey().startsWith("$")
                    || entry.getValue() instanceof Document inner && containsOperator(inner)) {
                return true;
            }
        }
        return false;
    }
}
