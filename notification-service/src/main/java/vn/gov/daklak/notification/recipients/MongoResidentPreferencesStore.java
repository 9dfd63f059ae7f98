package vn.gov.daklak.notification.recipients;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.platform.keys.Backfill;
import vn.gov.daklak.platform.keys.KeyedLookup;

/**
 * {@code resident_preferences}: one per resident ({@code _id} = resident id). {@code knownPhones} (as {@code 84…}) and
 * {@code knownEmails} (lower case) keep every address the resident has had, so older reports still find them; the
 * look-up {@code residents_by_contact} ({@code _id} = {@code phone:84…} or {@code email:…}) finds them by key.
 */
@Repository
class MongoResidentPreferencesStore implements ResidentPreferencesStore {
    private final MongoTemplate mongo;
    private final KeyedLookup byContact;

    MongoResidentPreferencesStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.byContact = new KeyedLookup(mongo, "residents_by_contact");
    }

    @Document("resident_preferences")
    record PreferencesDocument(@Id String residentId, Channel preferredChannel, String phone, String email,
                               String zaloUserId, String language, String quietStart, String quietEnd,
                               Instant changedAt, Set<String> knownPhones, Set<String> knownEmails) {

        ResidentPreferences toPreferences() {
            return new ResidentPreferences(residentId, preferredChannel, phone, email, zaloUserId, language,
                    QuietHours.parse(quietStart, quietEnd), changedAt);
        }
    }

    @Override
    public void apply(ResidentPreferences p) {
        Set<String> phones = new LinkedHashSet<>();
        PhoneNumbers.international(p.phone()).ifPresent(phones::add);
        Set<String> emails = new LinkedHashSet<>();
        if (p.email() != null && !p.email().isBlank()) {
            emails.add(p.email().strip().toLowerCase(Locale.ROOT));
        }
        phones.forEach(phone -> byContact.put("phone:" + phone, p.residentId(), true));
        emails.forEach(email -> byContact.put("email:" + email, p.residentId(), true));
        String quietStart = p.quietHours() == null ? null : p.quietHours().start().toString();
        String quietEnd = p.quietHours() == null ? null : p.quietHours().end().toString();
        try {
            mongo.insert(new PreferencesDocument(p.residentId(), p.preferredChannel(), p.phone(), p.email(),
                    p.zaloUserId(), p.language(), quietStart, quietEnd, p.changedAt(), phones, emails));
            return;
        } catch (DuplicateKeyException exists) {
            // an update of a known resident, below
        }
        Update update = new Update().set("preferredChannel", p.preferredChannel()).set("phone", p.phone())
                .set("email", p.email()).set("zaloUserId", p.zaloUserId()).set("language", p.language())
                .set("quietStart", quietStart).set("quietEnd", quietEnd).set("changedAt", p.changedAt());
        phones.forEach(phone -> update.addToSet("knownPhones", phone));
        emails.forEach(email -> update.addToSet("knownEmails", email));
        // only newer preferences replace stored ones: a redelivered or late older event changes nothing
        mongo.updateFirst(Query.query(where("_id").is(p.residentId()).and("changedAt").lt(p.changedAt())), update,
                PreferencesDocument.class);
    }

    @Override
    public Optional<ResidentPreferences> findByContact(String phone, String email) {
        Optional<String> international = PhoneNumbers.international(phone);
        if (international.isPresent()) {
            Optional<ResidentPreferences> byPhone = latest("phone:" + international.get(),
                    doc -> doc.knownPhones() != null && doc.knownPhones().contains(international.get()));
            if (byPhone.isPresent()) {
                return byPhone;
            }
        }
        if (email != null && !email.isBlank()) {
            String known = email.strip().toLowerCase(Locale.ROOT);
            return latest("email:" + known, doc -> doc.knownEmails() != null && doc.knownEmails().contains(known));
        }
        return Optional.empty();
    }

    @Override
    public Set<String> inboxKeys(String residentId) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(InboxKeys.resident(residentId));
        PreferencesDocument doc = mongo.findById(residentId, PreferencesDocument.class);
        if (doc != null) {
            // the current addresses only: identity-service publishes an address once its owner verified it, and a
            // resident who gives one up no longer sees what is sent to it
            PhoneNumbers.international(doc.phone()).ifPresent(phone -> keys.add("phone:" + phone));
            if (doc.email() != null && !doc.email().isBlank()) {
                keys.add("email:" + doc.email().strip().toLowerCase(Locale.ROOT));
            }
        }
        return keys;
    }

    /** The most recently changed preferences of the residents the look-up names under {@code contactKey}. */
    private Optional<ResidentPreferences> latest(String contactKey, Predicate<PreferencesDocument> stillKnown) {
        Set<String> residentIds = byContact.entries(contactKey).keySet();
        if (residentIds.isEmpty()) {
            return Optional.empty();
        }
        return mongo.find(Query.query(where("_id").in(residentIds)), PreferencesDocument.class).stream()
                .filter(stillKnown)
                .max(Comparator.comparing(PreferencesDocument::changedAt,
                        Comparator.nullsFirst(Comparator.<Instant>naturalOrder())))
                .map(PreferencesDocument::toPreferences);
    }

    /** Files the residents stored before the look-up existed (once, at start-up). */
    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        Backfill.once(mongo, "residents-by-contact-v1", () -> {
            for (PreferencesDocument doc : mongo.findAll(PreferencesDocument.class)) {
                if (doc.knownPhones() != null) {
                    doc.knownPhones().forEach(phone -> byContact.put("phone:" + phone, doc.residentId(), true));
                }
                if (doc.knownEmails() != null) {
                    doc.knownEmails().forEach(email -> byContact.put("email:" + email, doc.residentId(), true));
                }
            }
        });
    }
}
