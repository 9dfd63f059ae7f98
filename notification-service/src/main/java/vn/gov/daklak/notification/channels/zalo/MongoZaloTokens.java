package vn.gov.daklak.notification.channels.zalo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** {@code zalo_tokens}: one document per Zalo app, replaced by compare-and-set on {@code version}. */
@Repository
class MongoZaloTokens implements ZaloTokens {
    private final MongoTemplate mongo;

    MongoZaloTokens(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document("zalo_tokens")
    record TokenDocument(@Id String appId, String accessToken, String refreshToken, Instant expiresAt, String seed,
                         long version) {
    }

    @Override
    public Optional<TokenPair> load(String appId) {
        return Optional.ofNullable(mongo.findById(appId, TokenDocument.class))
                .map(d -> new TokenPair(d.accessToken(), d.refreshToken(), d.expiresAt(), d.seed(), d.version()));
    }

    @Override
    public boolean replace(String appId, long expectedVersion, TokenPair next) {
        if (expectedVersion == 0) {
            try {
                mongo.insert(new TokenDocument(appId, next.accessToken(), next.refreshToken(), next.expiresAt(),
                        next.seed(), 1));
                return true;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        Update update = new Update().set("accessToken", next.accessToken()).set("refreshToken", next.refreshToken())
                .set("expiresAt", next.expiresAt()).set("seed", next.seed()).inc("version", 1);
        return mongo.updateFirst(Query.query(where("_id").is(appId).and("version").is(expectedVersion)), update,
                TokenDocument.class).getModifiedCount() > 0;
    }
}
