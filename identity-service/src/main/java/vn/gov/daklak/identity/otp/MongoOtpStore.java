package vn.gov.daklak.identity.otp;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import vn.gov.daklak.platform.outbox.OutboxMessage;

@Repository
class MongoOtpStore implements OtpStore {
    static final String CHALLENGES = "otp_challenges";

    private final MongoTemplate mongo;

    MongoOtpStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(OtpChallenge c, OutboxMessage message) {
        mongo.insert(new ChallengeDocument(c.id(), c.clientId(), c.phoneHash(), c.phoneCipher(), c.codeHash(),
                c.deliverable(), c.createdAt(), c.expiresAt(), c.attempts(), c.consumed(), c.locked(),
                message == null ? List.of() : List.of(message)));
    }

    @Override
    public Optional<OtpChallenge> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ChallengeDocument.class)).map(ChallengeDocument::toChallenge);
    }

    @Override
    public boolean consume(String id, int maxAttempts) {
        return mongo.updateFirst(query(where("_id").is(id).and("consumed").is(false).and("locked").is(false)
                        .and("attempts").lt(maxAttempts)),
                new Update().set("consumed", true), ChallengeDocument.class).getModifiedCount() == 1;
    }

    @Override
    public Optional<OtpChallenge> countWrongTry(String id) {
        return Optional.ofNullable(mongo.findAndModify(
                        query(where("_id").is(id).and("consumed").is(false).and("locked").is(false)),
                        new Update().inc("attempts", 1), FindAndModifyOptions.options().returnNew(true),
                        ChallengeDocument.class))
                .map(ChallengeDocument::toChallenge);
    }

    @Override
    public void lock(String id) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().set("locked", true), ChallengeDocument.class);
    }

    @Override
    public void removeExpired(Instant before) {
        // challenges whose message is still waiting for the relay stay until it is sent
        mongo.remove(query(where("expiresAt").lt(before).and("outbox.eventId").exists(false)),
                ChallengeDocument.class);
        // phone_lockouts of earlier versions (the phone number, not the code, was locked): let them go
        mongo.remove(query(where("lockedUntil").lt(before)), "phone_lockouts");
    }

    @Document(CHALLENGES)
    record ChallengeDocument(@Id String id, String clientId, String phoneHash, String phoneCipher, String codeHash,
                             boolean deliverable, Instant createdAt, Instant expiresAt, int attempts,
                             boolean consumed, boolean locked, List<OutboxMessage> outbox) {

        OtpChallenge toChallenge() {
            return new OtpChallenge(id, clientId, phoneHash, phoneCipher, codeHash, deliverable, createdAt, expiresAt,
                    attempts, consumed, locked);
        }

        @Override
        public String toString() {
            return "ChallengeDocument[" + id + "]";
        }
    }

}
