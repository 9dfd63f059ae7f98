package vn.gov.daklak.notification.channels.local;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.notification.recipients.PhoneNumbers;

@Repository
class MongoLocalSinkRepository {
    static final int MAX_RESULTS = 500;
    private final MongoTemplate mongo;

    MongoLocalSinkRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void keep(LocalSinkEntry entry) {
        mongo.save(new LocalSinkDocument(entry.notificationId(), entry.channel(), entry.address(), entry.text(),
                entry.time()));
    }

    /** A mobile number is kept as the sender was given it: find it however it is written (0…, 84…, +84…). */
    static List<String> spellings(String address) {
        return PhoneNumbers.international(address)
                .map(international -> List.of(address, international, "+" + international,
                        "0" + international.substring(2)))
                .orElse(List.of(address));
    }

    /** Oldest first; either filter may be null; a phone number matches however it was written. */
    List<LocalSinkEntry> find(Channel channel, String address) {
        Query query = new Query();
        if (channel != null) {
            query.addCriteria(where("channel").is(channel));
        }
        if (address != null && !address.isBlank()) {
            query.addCriteria(where("address").in(spellings(address.trim())));
        }
        query.with(Sort.by("time", "_id")).limit(MAX_RESULTS);
        return mongo.find(query, LocalSinkDocument.class).stream()
                .map(d -> new LocalSinkEntry(d.notificationId(), d.channel(), d.address(), d.text(), d.time()))
                .toList();
    }
}
