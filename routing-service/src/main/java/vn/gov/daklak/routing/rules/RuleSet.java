package vn.gov.daklak.routing.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.reference.Categories;
import vn.gov.daklak.reference.FoldedText;

/**
 * One version of the routing rules: the kinds of place and the ordered team rules. Versions are immutable; a change
 * is a new version, and every decision records the version and rule it used.
 */
public record RuleSet(long version, Instant createdAt, String createdBy, String note, List<PlaceKind> placeKinds,
                      List<TeamRule> rules) {

    public RuleSet {
        placeKinds = placeKinds == null ? List.of() : List.copyOf(placeKinds);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** The kinds of place the report is about, each with the evidence (keyword or category), in definition order. */
    public Map<String, String> placeKindsOf(String categoryCode, FoldedText text) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (PlaceKind kind : placeKinds) {
            String evidence = kind.evidence(categoryCode, text);
            if (evidence != null) {
                kinds.put(kind.id(), evidence);
            }
        }
        return kinds;
    }

    /** The rules that match, in order. */
    public List<TeamRule> matching(String categoryCode, Priority priority, Set<String> kinds) {
        return rules.stream().filter(r -> r.matches(categoryCode, priority, kinds)).toList();
    }

    /** Why this rule set cannot be used; empty when it is valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> kindIds = new HashSet<>();
        for (PlaceKind k : placeKinds) {
            if (k.id() == null || k.id().isBlank()) {
                problems.add("placeKinds: an id is required");
            } else if (!kindIds.add(k.id())) {
                problems.add("placeKinds." + k.id() + ": duplicate id");
            }
            if (k.keywords().isEmpty() && k.categories().isEmpty()) {
                problems.add("placeKinds." + k.id() + ": give keywords or categories");
            }
            k.categories().forEach(c -> checkCategory(c, "placeKinds." + k.id(), problems));
        }
        Set<String> ruleIds = new HashSet<>();
        for (TeamRule r : rules) {
            String where = "rules." + r.id();
            if (r.id() == null || r.id().isBlank()) {
                problems.add("rules: an id is required");
            } else if (!ruleIds.add(r.id())) {
                problems.add(where + ": duplicate id");
            }
            if (r.why() == null || r.why().isBlank()) {
                problems.add(where + ": 'why' (the justification stored with each decision) is required");
            }
            r.categories().forEach(c -> checkCategory(c, where, problems));
            r.placeKinds().stream().filter(k -> !kindIds.contains(k))
                    .forEach(k -> problems.add(where + ": unknown place kind " + k));
            if (r.targets().isEmpty()) {
                problems.add(where + ": at least one target is required");
            }
            for (TeamTarget t : r.targets()) {
                checkTarget(t, where, problems);
            }
        }
        if (rules.isEmpty()) {
            problems.add("rules: at least one rule is required");
        }
        return problems;
    }

    private static void checkCategory(String code, String where, List<String> problems) {
        if (Categories.byCode(code).isEmpty()) {
            problems.add(where + ": unknown category " + code);
        }
    }

    private static void checkTarget(TeamTarget t, String where, List<String> problems) {
        if (t == null || t.teamType() == null || t.scope() == null) {
            problems.add(where + ": every target needs teamType and scope");
            return;
        }
        boolean provinceOnly = t.teamType() == TeamType.PROVINCE_DEPARTMENT || t.teamType() == TeamType.PROVINCE_TRIAGE;
        boolean communeOnly = switch (t.teamType()) {
            case COMMUNITY_DIGITAL, RAPID_RESPONSE, COMMUNE_POLICE, COMMUNE_ENVIRONMENT, COMMUNE_INFRASTRUCTURE -> true;
            default -> false;
        };
        if (t.scope() == TeamTarget.Scope.COMMUNE && provinceOnly
                || t.scope() == TeamTarget.Scope.PROVINCE && communeOnly) {
            problems.add(where + ": a " + t.teamType() + " team cannot have scope " + t.scope());
            return;
        }
        if (t.scope() == TeamTarget.Scope.COMMUNE && t.teamId() != null) {
            problems.add(where + ": teamId is only for PROVINCE targets (a COMMUNE target is the report's commune's)");
        }
        if (t.scope() == TeamTarget.Scope.PROVINCE && t.teamType() != TeamType.PROVINCE_TRIAGE
                && (t.teamId() == null || t.teamId().isBlank())) {
            problems.add(where + ": a PROVINCE " + t.teamType() + " target needs a teamId (there are several)");
        }
    }
}
