package vn.gov.daklak.routing.rules;

import java.util.List;

/** A rule set to publish (the body of {@code PUT /api/v1/routing/rules}, and the bundled defaults). */
public record RuleSetDraft(String note, List<PlaceKind> placeKinds, List<TeamRule> rules) {

    /** This draft as the given version. */
    public RuleSet as(long version, java.time.Instant createdAt, String createdBy) {
        return new RuleSet(version, createdAt, createdBy, note, placeKinds, rules);
    }

    public List<String> problems() {
        return as(0, null, null).problems();
    }
}
