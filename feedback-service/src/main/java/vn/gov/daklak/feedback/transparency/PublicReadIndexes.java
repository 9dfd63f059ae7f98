package vn.gov.daklak.feedback.transparency;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import vn.gov.daklak.feedback.report.Report;

/**
 * Indexes for the public reads: listings and statistics by submission time, Open311 updates by timeline time.
 * Creating an existing index is a no-op, so every instance may do it at start-up.
 */
@Component
class PublicReadIndexes implements SmartInitializingSingleton {
    private final MongoTemplate mongo;

    PublicReadIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var indexes = mongo.indexOps(Report.class);
        indexes.createIndex(new Index().on("submittedAt", Sort.Direction.DESC).named("public_submitted"));
        indexes.createIndex(new Index().on("timeline.at", Sort.Direction.ASC).named("public_updates"));
    }
}
