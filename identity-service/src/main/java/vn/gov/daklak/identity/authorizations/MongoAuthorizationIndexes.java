package vn.gov.daklak.identity.authorizations;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * One unique sparse index per token hash: every token look-up is an equality on a unique key (random tokens, so their
 * SHA-256 never repeat; an authorization without that token has no such field). Replaces the plain indexes that
 * earlier versions created under the field's name.
 */
@Component
class MongoAuthorizationIndexes implements SmartInitializingSingleton {
    /** The fields a token is found by, in the order a look-up without a token type tries them. */
    static final List<String> TOKEN_HASHES = List.of("accessToken.hash", "refreshToken.hash", "code.hash",
            "idToken.hash", "stateHash");

    private final MongoTemplate mongo;

    MongoAuthorizationIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var indexes = mongo.indexOps(AuthorizationDocument.class);
        for (String field : TOKEN_HASHES) {
            try {
                indexes.dropIndex(field); // the plain index of earlier versions, if any
            } catch (RuntimeException absent) {
                // none
            }
            indexes.createIndex(new Index().on(field, Sort.Direction.ASC).unique().sparse().named(field + "_unique"));
        }
    }
}
