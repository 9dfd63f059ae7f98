package vn.gov.daklak.routing.decision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.routing.rules.RuleSet;
import vn.gov.daklak.routing.rules.TeamRule;
import vn.gov.daklak.routing.rules.TeamTarget;
import vn.gov.daklak.routing.teams.Team;
import vn.gov.daklak.routing.teams.TeamDirectory;

/**
 * Picks the team with the routing rules: the first matching rule whose targets include an active team in the
 * directory (targets are tried in order, so a commune without a police team falls back to its next target). A
 * report without a commune, or that no rule can place, goes to the province triage desk.
 */
public final class TeamSelector {
    public static final String RULE_TRIAGE_NO_COMMUNE = "triage-no-commune";
    public static final String RULE_TRIAGE_NO_TEAM = "triage-no-team";
    private static final String TRIAGE = "chuyển bộ phận tiếp nhận, phân loại của tỉnh";

    private final TeamDirectory directory;

    public TeamSelector(TeamDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param excludedTeamIds teams that must not get the report (the team that asked to pass it on)
     * @throws NoTeamAvailableException when the triage team is needed and unknown
     */
    public TeamChoice select(String reportId, Commune commune, String categoryCode, Priority priority,
                             Collection<String> placeKinds, RuleSet rules, Set<String> excludedTeamIds) {
        if (commune == null) {
            return new TeamChoice(triage(reportId), RULE_TRIAGE_NO_COMMUNE, 0, TRIAGE);
        }
        for (TeamRule rule : rules.matching(categoryCode, priority, Set.copyOf(placeKinds))) {
            List<TeamTarget> targets = rule.targets();
            for (int i = 0; i < targets.size(); i++) {
                Optional<Team> team = find(targets.get(i), commune).filter(t -> !excludedTeamIds.contains(t.teamId()));
                if (team.isPresent()) {
                    String reason = rule.why() + " Giao " + team.get().name();
                    if (i > 0) {
                        reason += " (chưa có " + String.join(", ", targets.subList(0, i).stream()
                                .map(TeamTarget::label).toList()) + " trong danh bạ)";
                    }
                    return new TeamChoice(team.get(), rule.id(), rules.version(), reason);
                }
            }
        }
        return new TeamChoice(triage(reportId), RULE_TRIAGE_NO_TEAM, rules.version(),
                "không có tổ phù hợp của " + commune.fullName() + " trong danh bạ; " + TRIAGE);
    }

    /** The province triage desk. */
    public Team triage(String reportId) {
        return directory.activeTeam(TeamType.PROVINCE_TRIAGE, null)
                .orElseThrow(() -> new NoTeamAvailableException(reportId));
    }

    private Optional<Team> find(TeamTarget target, Commune commune) {
        if (target.scope() == TeamTarget.Scope.COMMUNE) {
            return directory.activeTeam(target.teamType(), commune.code());
        }
        if (target.teamId() != null) {
            return directory.find(target.teamId())
                    .filter(t -> t.active() && t.teamType() == target.teamType());
        }
        return directory.activeTeam(target.teamType(), null);
    }

    /** The team chosen, the rule (and its rule-set version) that chose it, and why. */
    public record TeamChoice(Team team, String ruleId, long ruleSetVersion, String reason) {
    }
}
