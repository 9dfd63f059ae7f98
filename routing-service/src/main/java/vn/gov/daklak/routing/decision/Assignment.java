package vn.gov.daklak.routing.decision;

import java.util.List;

/**
 * Who has a report, found how and why: the first decision and every transfer are one each.
 *
 * @param ruleId         the rule that chose the team
 * @param ruleSetVersion the version of the routing rules it belongs to (0 for built-in rules such as triage)
 * @param reason         the whole explanation, Vietnamese
 * @param candidateCodes the units an ambiguous address may mean (for the triage desk); usually empty
 */
public record Assignment(String communeCode, String communeName, String teamId, String teamName, String teamType,
                         RoutingMethod method, String ruleId, long ruleSetVersion, String reason,
                         List<String> candidateCodes) {

    public Assignment {
        candidateCodes = candidateCodes == null ? List.of() : List.copyOf(candidateCodes);
    }
}
