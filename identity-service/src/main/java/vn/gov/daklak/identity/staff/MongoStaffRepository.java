package vn.gov.daklak.identity.staff;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import vn.gov.daklak.platform.outbox.OutboxRelay;

@Repository
class MongoStaffRepository implements StaffRepository, StaffDirectory {
    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    MongoStaffRepository(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    @Override
    public Optional<StaffMember> findById(String staffId) {
        return Optional.ofNullable(mongo.findById(staffId, StaffDocument.class)).map(StaffDocument::toStaffMember);
    }

    @Override
    public Optional<StaffAccount> find(String staffId) {
        return Optional.ofNullable(mongo.findById(staffId, StaffDocument.class)).map(MongoStaffRepository::account);
    }

    @Override
    public Optional<StaffAccount> findActiveByPhone(String phone) {
        List<StaffDocument> found = mongo.find(query(where("phone").is(phone).and("active").is(true)).limit(2),
                StaffDocument.class);
        // a phone shared by two accounts signs into neither: which one was meant cannot be told
        return found.size() == 1 ? Optional.of(account(found.get(0))) : Optional.empty();
    }

    private static StaffAccount account(StaffDocument doc) {
        return new StaffAccount(doc.id(), doc.roles().stream().sorted().map(Enum::name).toList(), doc.teamIds(),
                doc.phone(), doc.active());
    }

    @Override
    public boolean insert(StaffMember member) {
        try {
            mongo.insert(StaffDocument.of(member));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean update(StaffMember member) {
        StaffDocument doc = StaffDocument.of(member);
        // $push rather than replacing the document: the relay may be pulling published events from it right now
        Update update = new Update()
                .set("displayName", doc.displayName())
                .set("roles", doc.roles())
                .set("teamIds", doc.teamIds())
                .set("preferredChannel", doc.preferredChannel())
                .set("phone", doc.phone())
                .set("email", doc.email())
                .set("active", doc.active())
                .set("updatedAt", doc.updatedAt())
                .inc("revision", 1)
                .push("outbox").each(doc.outbox().toArray());
        boolean updated = mongo.updateFirst(query(where("_id").is(doc.id()).and("revision").is(doc.revision())),
                update, StaffDocument.class).getModifiedCount() == 1;
        if (updated) {
            relay.wakeUp(StaffDocument.COLLECTION, doc.id());
        }
        return updated;
    }
}
