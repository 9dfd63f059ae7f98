package vn.gov.daklak.identity.keys;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.text.ParseException;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import com.nimbusds.jose.jwk.RSAKey;

import vn.gov.daklak.identity.privacy.Crypto;

/** Signing keys in MongoDB; the private half encrypted (AES-GCM, purpose bound to the key id). */
@Repository
class MongoSigningKeyStore implements SigningKeyStore {
    private final MongoTemplate mongo;
    private final Crypto crypto;

    MongoSigningKeyStore(MongoTemplate mongo, Crypto crypto) {
        this.mongo = mongo;
        this.crypto = crypto;
    }

    @Override
    public List<SigningKey> all() {
        return mongo.find(new Query().with(Sort.by("generation")), KeyDocument.class).stream()
                .map(this::toKey).toList();
    }

    @Override
    public boolean insert(SigningKey key) {
        try {
            mongo.insert(new KeyDocument(key.kid(), key.generation(), key.createdAt(), key.activatesAt(),
                    key.rsaKey().toPublicJWK().toJSONString(),
                    crypto.encrypt(purpose(key.kid()), key.rsaKey().toJSONString())));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void delete(String kid) {
        mongo.remove(query(where("_id").is(kid)), KeyDocument.class);
    }

    private SigningKey toKey(KeyDocument doc) {
        try {
            RSAKey rsaKey = RSAKey.parse(crypto.decrypt(purpose(doc.id()), doc.privateJwk()));
            return new SigningKey(doc.id(), doc.generation(), doc.createdAt(), doc.activatesAt(), rsaKey);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored signing key " + doc.id() + " is unreadable", e);
        }
    }

    private static String purpose(String kid) {
        return "signing-key:" + kid;
    }

    @Document("signing_keys")
    record KeyDocument(@Id String id, @Indexed(unique = true) long generation, Instant createdAt,
                       Instant activatesAt, String publicJwk, String privateJwk) {
    }
}
