package vn.gov.daklak.platform.keys;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Runs a one-off fill of a look-up from documents stored before it existed, once per database: at start-up, the one
 * time a service may read a whole collection. Done fills are marked in {@code read_models} ({@code _id} = the
 * fill's name); a fill cut short by a crash runs again, so it must be harmless to repeat.
 */
public final class Backfill {
    static final String MARKERS = "read_models";
    private static final Logger log = LoggerFactory.getLogger(Backfill.class);

    private Backfill() {
    }

    public static void once(MongoTemplate mongo, String name, Runnable fill) {
        if (mongo.findById(name, Document.class, MARKERS) != null) {
            return;
        }
        fill.run();
        mongo.save(new Document("_id", name), MARKERS);
        log.info("Look-up {} filled from the documents stored before it", name);
    }
}
