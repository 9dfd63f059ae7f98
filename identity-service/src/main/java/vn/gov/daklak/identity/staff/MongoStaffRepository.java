package vn.gov.daklak.identity.staff;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import vn.gov.daklak.platform.keys.Backfill;
import vn.gov.daklak.platform.keys.KeyedLookup;
import vn.gov.daklak.platform.outbox.OutboxRelay;

/**
 * {@code staff} ({@code _id} = staff id) and the look-up {@code staff_by_phone}, so a sign-in by phone reads by key.
 * The look-up entry is put before the account is written; a reader checks the accounts it loads.
 */
@Repository
class MongoStaffRepository implements StaffRepository, StaffDirectory {
    private final MongoTemplate mongo;
    private final KeyedLookup byPhone;
    private final OutboxRelay relay;

    MongoStaffRepository(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.byPhone = new KeyedLookup(mongo, "staff_by_phone");
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
        Set<String> ids = phone == null ? Set.of() : byPhone.entries(phone).keySet();
        List<StaffDocument> found = ids.isEmpty() ? List.of() : mongo.find(query(where("_id").in(ids)),
                StaffDocument.class).stream().filter(d -> d.active() && phone.equals(d.phone())).toList();
        // a phone shared by two accounts signs into neither: which one was meant cannot be told
        return found.size() == 1 ? Optional.of(account(found.get(0))) : Optional.empty();
    }

    private static StaffAccount account(StaffDocument doc) {
        return new StaffAccount(doc.id(), doc.roles().stream().sorted().map(Enum::name).toList(), doc.teamIds(),
                doc.phone(), doc.active());
    }

    @Override
    public boolean insert(StaffMember member) {
        filePhone(member);
        try {
            mongo.insert(StaffDocument.of(member));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean update(StaffMember member) {
        StaffDocument before = mongo.findById(member.staffId(), StaffDocument.class);
        filePhone(member);
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
            if (before != null && before.phone() != null && !before.phone().equals(doc.phone())) {
                byPhone.remove(before.phone(), doc.id());
            }
        }
        return updated;
    }

    private void filePhone(StaffMember member) {
        String phone = member.details().phone();
        if (phone != null && !phone.isBlank()) {
            byPhone.put(phone, member.staffId(), true);
        }
    }

    /** Files the accounts stored before the look-up existed (once, at start-up). */
    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        Backfill.once(mongo, "staff-by-phone-v1", () -> mongo.findAll(StaffDocument.class).stream()
                .filter(d -> d.phone() != null && !d.phone().isBlank())
                .forEach(d -> byPhone.put(d.phone(), d.id(), true)));
    }
}
