package vn.gov.daklak.routing.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.routing.address.AddressResolver;
import vn.gov.daklak.routing.deadline.DeadlinePolicy;
import vn.gov.daklak.routing.rules.RuleBook;
import vn.gov.daklak.routing.rules.RuleSet;
import vn.gov.daklak.routing.teams.TeamDirectory;
import vn.gov.daklak.reference.FoldedText;
import vn.gov.daklak.reference.Urgency;

/** Decides commune, team, priority and deadlines of a submitted report. Reads the directory and rules; no writes. */
public final class RoutingDecider {
    static final String RULE_TRIAGE_AMBIGUOUS_ADDRESS = "triage-ambiguous-address";

    private final CommuneResolver communes;
    private final TeamSelector teams;
    private final PriorityPolicy priorities;
    private final RuleBook rules;
    private final DeadlinePolicy deadlines;
    private final Clock clock;

    public RoutingDecider(CommuneLocator locator, AddressResolver addresses, TeamDirectory directory, RuleBook rules,
                          DeadlinePolicy deadlines, List<String> dangerKeywords, Clock clock) {
        this.communes = new CommuneResolver(locator, addresses);
        this.teams = new TeamSelector(directory);
        this.priorities = new PriorityPolicy(dangerKeywords);
        this.rules = rules;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** @throws NoTeamAvailableException when no team at all is known yet (retry later) */
    public RoutingDecision decide(ReportSubmitted report) {
        Objects.requireNonNull(report.reportId(), "reportId");
        RuleSet ruleSet = rules.current();
        FoldedText text = Urgency.reportText(report.title(), report.description(), report.addressText());
        Map<String, String> kinds = ruleSet.placeKindsOf(report.categoryCode(), text);
        ReportFacts facts = new ReportFacts(report.categoryCode(), report.location(), report.communeCode(),
                report.addressText(), List.copyOf(kinds.keySet()));
        PriorityAssessment priority = priorities.assess(report.categoryCode(), text);
        CommuneResolution place = communes.resolve(report.location(), report.communeCode(), report.addressText());
        Assignment assignment = assign(report.reportId(), place, facts, priority.priority(), Set.of(), ruleSet,
                place.method(), kindsReason(kinds), priority.reason());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS); // MongoDB keeps milliseconds
        return new RoutingDecision(report.reportId(), priority.priority(), assignment,
                deadlines.start(now, report.categoryCode(), priority.priority()), facts);
    }

    /** Where the facts place the report (for deciding again after a transfer). */
    public CommuneResolution place(ReportFacts facts) {
        return communes.resolve(facts.location(), facts.communeCode(), facts.addressText());
    }

    /**
     * The team the current rules give for a report in {@code commune} (null: triage), other than
     * {@code excludedTeamIds}. {@code placeReason} explains the commune; {@code method} is recorded as given.
     */
    public Assignment assignWithin(String reportId, Commune commune, String placeReason, RoutingMethod method,
                                   ReportFacts facts, Priority priority, Set<String> excludedTeamIds) {
        CommuneResolution place = new CommuneResolution(commune, method, placeReason, List.of());
        return assign(reportId, place, facts, priority, excludedTeamIds, rules.current(), method, "", "");
    }

    /** The province triage desk as an assignment. */
    public Assignment triage(String reportId, Commune commune, String ruleId, String reason) {
        var team = teams.triage(reportId);
        return new Assignment(commune == null ? null : commune.code(), commune == null ? null : commune.fullName(),
                team.teamId(), team.name(), team.teamType().name(), RoutingMethod.TRANSFER, ruleId, 0, reason,
                List.of());
    }

    private Assignment assign(String reportId, CommuneResolution place, ReportFacts facts, Priority priority,
                              Set<String> excluded, RuleSet ruleSet, RoutingMethod method, String kindsReason,
                              String priorityReason) {
        TeamSelector.TeamChoice choice = teams.select(reportId, place.commune(), facts.categoryCode(), priority,
                facts.placeKinds(), ruleSet, excluded);
        String ruleId = place.commune() == null && !place.candidateCodes().isEmpty()
                ? RULE_TRIAGE_AMBIGUOUS_ADDRESS : choice.ruleId();
        StringBuilder reason = new StringBuilder(place.reason()).append("; ").append(kindsReason)
                .append(choice.reason());
        if (reason.charAt(reason.length() - 1) != '.') {
            reason.append('.');
        }
        if (!priorityReason.isEmpty()) {
            reason.append(" Khẩn cấp: ").append(priorityReason).append('.');
        }
        Commune commune = place.commune();
        return new Assignment(commune == null ? null : commune.code(), commune == null ? null : commune.fullName(),
                choice.team().teamId(), choice.team().name(), choice.team().teamType().name(), method, ruleId,
                choice.ruleSetVersion(), reason.toString(), place.candidateCodes());
    }

    private static String kindsReason(Map<String, String> kinds) {
        if (kinds.isEmpty()) {
            return "";
        }
        return "loại địa điểm " + String.join(", ", kinds.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")").toList()) + "; ";
    }
}
