package vn.gov.daklak.platform.standin;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * An aggregate whose first stage is a {@code $match} pinning a key (the driver's {@code countDocuments} is one)
 * reads its input through the collection's keyed query instead of the whole collection. The {@code $match} stays in
 * the pipeline, so the result is what the server would give.
 */
final class KeyedAggregate {

    private KeyedAggregate() {
    }

    /** The command's answer, or null when the server should run it as usual. */
    static Document answer(MongoDatabase database, String command, Document query, DatabaseResolver resolver,
                           Oplog oplog) {
        if (!command.equalsIgnoreCase("aggregate") || !(query.get(command) instanceof String collectionName)) {
            return null;
        }
        List<Document> pipeline = Aggregation.parse(query.get("pipeline"));
        Document filter = leadingMatch(pipeline);
        MongoCollection<?> collection = database.resolveCollection(collectionName, false);
        if (filter == null || collection == null) {
            return null;
        }
        Aggregation aggregation = Aggregation.fromPipeline(pipeline, resolver, database, collection, oplog);
        aggregation.validate(query);
        List<Document> result = aggregation.runStages(collection.handleQueryAsStream(filter));
        return cursorResponse(database.getDatabaseName() + "." + collectionName, result);
    }

    private static Document leadingMatch(List<Document> pipeline) {
        if (pipeline.isEmpty() || pipeline.get(0).size() != 1
                || !(pipeline.get(0).get("$match") instanceof Document filter)) {
            return null;
        }
        // a filter with a field named query/$query would be read as a query wrapper by handleQuery
        boolean wrapperLike = filter.containsKey("query") || filter.containsKey("$query");
        return wrapperLike || KeyEqualities.of(filter).isEmpty() ? null : filter;
    }

    private static Document cursorResponse(String namespace, List<Document> documents) {
        Document cursor = new Document("id", 0L);
        cursor.put("ns", namespace);
        cursor.put("firstBatch", documents);
        Document response = new Document("cursor", cursor);
        Utils.markOkay(response);
        return response;
    }
}
