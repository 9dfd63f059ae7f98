package vn.gov.daklak.platform.test.mongo;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Which fields a filter pins to known values: {@code field: v}, {@code field: {$eq: v}} or {@code field: {$in: [..]}}
 * at the top level or inside a top-level {@code $and} (null, arrays, regular expressions and operator documents pin
 * nothing). A filter reads by key when it pins {@code _id} or every field of one unique index — the same rule by
 * which the MongoDB stand-in narrows a query (module {@code mongo-stand-in}).
 */
final class KeyedFilter {

    private final Set<String> equal = new LinkedHashSet<>();
    private final Set<String> among = new LinkedHashSet<>();

    private KeyedFilter(BsonDocument filter) {
        collect(filter);
    }

    static KeyedFilter of(BsonDocument filter) {
        return new KeyedFilter(filter == null ? new BsonDocument() : filter);
    }

    boolean pinsId() {
        return pins(List.of("_id"));
    }

    /** Pins every field of {@code keys}; {@code $in} counts for an index of one field only, as on the stand-in. */
    boolean pins(List<String> keys) {
        return keys.size() == 1 ? equal.contains(keys.get(0)) || among.contains(keys.get(0)) : equal.containsAll(keys);
    }

    boolean pinsAny(Collection<List<String>> uniqueKeys) {
        return pinsId() || uniqueKeys.stream().anyMatch(this::pins);
    }

    private void collect(BsonDocument filter) {
        for (Map.Entry<String, BsonValue> entry : filter.entrySet()) {
            String field = entry.getKey();
            BsonValue condition = entry.getValue();
            if (field.equals("$and") && condition.isArray()) {
                condition.asArray().stream().filter(BsonValue::isDocument).map(BsonValue::asDocument)
                        .forEach(this::collect);
            } else if (!field.startsWith("$")) {
                collectField(field, condition);
            }
        }
    }

    private void collectField(String field, BsonValue condition) {
        if (condition.isDocument() && isOperatorDocument(condition.asDocument())) {
            BsonDocument operators = condition.asDocument();
            if (operators.containsKey("$eq") && isKeyValue(operators.get("$eq"))) {
                equal.add(field);
            } else if (operators.containsKey("$in") && operators.get("$in").isArray()
                    && allKeyValues(operators.get("$in").asArray())) {
                among.add(field);
            }
        } else if (isKeyValue(condition)) {
            equal.add(field);
        }
    }

    private static boolean allKeyValues(BsonArray values) {
        return values.stream().allMatch(KeyedFilter::isKeyValue);
    }

    private static boolean isOperatorDocument(BsonDocument document) {
        return !document.isEmpty() && document.keySet().stream().allMatch(key -> key.startsWith("$"));
    }

    private static boolean isKeyValue(BsonValue value) {
        return !value.isNull() && !value.isArray() && !value.isRegularExpression()
                && !(value.isDocument() && containsOperator(value.asDocument()));
    }

    private static boolean containsOperator(BsonDocument document) {
        for (Map.Entry<String, BsonValue> entry : document.entrySet()) {
            if (entry.getKey().startsWith("$")
                    || entry.getValue().isDocument() && containsOperator(entry.getValue().asDocument())) {
                return true;
            }
        }
        return false;
    }
}
