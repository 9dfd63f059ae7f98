package vn.gov.daklak.routing.rules;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** {@code _id} is the version: two instances publishing at once cannot both create the same version. */
@Document(MongoRuleBook.COLLECTION)
record RuleSetDocument(@Id Long version, Instant createdAt, String createdBy, String note,
                       List<PlaceKind> placeKinds, List<TeamRule> rules) {

    static RuleSetDocument of(RuleSet r) {
        return new RuleSetDocument(r.version(), r.createdAt(), r.createdBy(), r.note(), r.placeKinds(), r.rules());
    }

    RuleSet toRuleSet() {
        return new RuleSet(version, createdAt, createdBy, note, placeKinds, rules);
    }
}
