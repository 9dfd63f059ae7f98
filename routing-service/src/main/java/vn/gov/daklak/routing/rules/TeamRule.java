package vn.gov.daklak.routing.rules;

import java.util.Collection;
import java.util.List;

import vn.gov.daklak.contracts.report.Priority;

/**
 * One routing rule: which reports (categories, kinds of place, priorities; an empty list matches anything) go to
 * which team, trying {@code targets} in order until one exists in the team directory. {@code why} is the Vietnamese
 * justification stored with every decision the rule makes.
 */
public record TeamRule(String id, String why, List<String> categories, List<String> placeKinds,
                       List<Priority> priorities, List<TeamTarget> targets) {

    public TeamRule {
        categories = categories == null ? List.of() : List.copyOf(categories);
        placeKinds = placeKinds == null ? List.of() : List.copyOf(placeKinds);
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    boolean matches(String categoryCode, Priority priority, Collection<String> kinds) {
        return (categories.isEmpty() || categories.stream().anyMatch(c -> CategoryCodes.covers(c, categoryCode)))
                && (placeKinds.isEmpty() || placeKinds.stream().anyMatch(kinds::contains))
                && (priorities.isEmpty() || priorities.contains(priority));
    }
}
