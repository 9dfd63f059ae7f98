package vn.gov.daklak.platform.test.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * One filter a command applies to a collection: {@code find}, each statement of {@code update} and {@code delete},
 * {@code findAndModify}, {@code count} with a filter (without one it is the collection's size), {@code distinct}, and
 * {@code aggregate} (its leading {@code $match}; without one the pipeline reads the whole collection, so its filter is
 * empty).
 */
record FilteredCommand(String command, String database, String collection, BsonDocument filter) {

    private static final Set<String> SYSTEM_DATABASES = Set.of("admin", "config", "local");

    static List<FilteredCommand> of(String command, String database, BsonDocument body) {
        List<FilteredCommand> filtered = new ArrayList<>();
        if (SYSTEM_DATABASES.contains(database) || !body.containsKey(command) || !body.get(command).isString()) {
            return filtered;
        }
        String collection = body.getString(command).getValue();
        switch (command) {
            case "find" -> filtered.add(new FilteredCommand(command, database, collection, document(body, "filter")));
            case "findAndModify", "distinct" ->
                    filtered.add(new FilteredCommand(command, database, collection, document(body, "query")));
            case "count" -> {
                // without a filter the count is the collection's size, known without reading documents
                if (!document(body, "query").isEmpty()) {
                    filtered.add(new FilteredCommand(command, database, collection, document(body, "query")));
                }
            }
            case "update", "delete" -> statements(body, command.equals("update") ? "updates" : "deletes").forEach(
                    statement -> filtered.add(new FilteredCommand(command, database, collection,
                            document(statement, "q"))));
            case "aggregate" -> filtered.add(new FilteredCommand(command, database, collection, leadingMatch(body)));
            default -> {
            }
        }
        return filtered;
    }

    String namespace() {
        return database + "." + collection;
    }

    private static List<BsonDocument> statements(BsonDocument body, String field) {
        // the driver may send the statements as a separate document sequence, which the event folds into the body
        BsonValue statements = body.get(field);
        return statements == null || !statements.isArray() ? List.of()
                : statements.asArray().stream().filter(BsonValue::isDocument).map(BsonValue::asDocument).toList();
    }

    private static BsonDocument leadingMatch(BsonDocument body) {
        BsonValue pipeline = body.get("pipeline");
        if (pipeline == null || !pipeline.isArray() || pipeline.asArray().isEmpty()) {
            return new BsonDocument();
        }
        BsonValue first = pipeline.asArray().get(0);
        return first.isDocument() ? document(first.asDocument(), "$match") : new BsonDocument();
    }

    private static BsonDocument document(BsonDocument body, String field) {
        BsonValue value = body.get(field);
        return value != null && value.isDocument() ? value.asDocument() : new BsonDocument();
    }
}
