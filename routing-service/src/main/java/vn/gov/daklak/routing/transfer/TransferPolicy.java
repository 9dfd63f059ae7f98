package vn.gov.daklak.routing.transfer;

import java.util.Optional;
import java.util.Set;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.contracts.report.ReportTransferRequested;
import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.reference.Communes;
import vn.gov.daklak.routing.casefile.Hop;
import vn.gov.daklak.routing.casefile.RoutingCase;
import vn.gov.daklak.routing.decision.Assignment;
import vn.gov.daklak.routing.decision.CommuneResolution;
import vn.gov.daklak.routing.decision.RoutingDecider;
import vn.gov.daklak.routing.decision.RoutingMethod;
import vn.gov.daklak.routing.teams.Team;
import vn.gov.daklak.routing.teams.TeamDirectory;

/**
 * Where a transfer request sends a report: the requested team if it is known and active; else the team the rules
 * give in the requested commune; else a new decision without the team that passed it on. A report that has already
 * bounced {@code maxTransfers} times goes to the province triage desk instead (unless the desk itself passes it on:
 * that is its job).
 */
final class TransferPolicy {
    static final String RULE_ACCEPTED = "transfer-accepted";
    static final String RULE_BOUNCED = "transfer-bounced-to-triage";

    private final RoutingDecider decider;
    private final TeamDirectory directory;
    private final int maxTransfers;

    TransferPolicy(RoutingDecider decider, TeamDirectory directory, int maxTransfers) {
        this.decider = decider;
        this.directory = directory;
        this.maxTransfers = maxTransfers;
    }

    record Outcome(Hop.Kind kind, Assignment assignment) {
    }

    Outcome decide(RoutingCase c, ReportTransferRequested request) {
        Assignment current = c.current();
        Commune currentCommune = Communes.byCode(current.communeCode()).orElse(null);
        // public text (it reaches the report's timeline): the team asked, never which staff member (the hop keeps that)
        String asked = "Chuyển từ " + current.teamName() + " theo đề nghị của tổ (\"" + request.reason().strip()
                + "\")";
        boolean fromTriage = TeamType.PROVINCE_TRIAGE.name().equals(current.teamType());
        if (!fromTriage && c.transfers() >= maxTransfers) {
            return new Outcome(Hop.Kind.TRANSFER_TO_TRIAGE, decider.triage(c.reportId(), currentCommune, RULE_BOUNCED,
                    asked + "; phản ánh đã bị chuyển qua lại " + (c.transfers() + 1) + " lần giữa các tổ (quá "
                            + maxTransfers + " lần), chuyển bộ phận tiếp nhận, phân loại của tỉnh quyết định."));
        }
        Set<String> notAgain = Set.of(current.teamId());
        StringBuilder notes = new StringBuilder();
        if (request.targetTeamId() != null && !request.targetTeamId().isBlank()) {
            Optional<Team> target = directory.find(request.targetTeamId().strip())
                    .filter(t -> t.active() && !t.teamId().equals(current.teamId()));
            if (target.isPresent()) {
                Team t = target.get();
                Commune commune = t.communeCode() == null ? currentCommune
                        : Communes.byCode(t.communeCode()).orElse(currentCommune);
                return new Outcome(Hop.Kind.TRANSFER_ACCEPTED, new Assignment(
                        commune == null ? null : commune.code(), commune == null ? null : commune.fullName(),
                        t.teamId(), t.name(), t.teamType().name(), RoutingMethod.TRANSFER, RULE_ACCEPTED, 0,
                        asked + "; chấp nhận chuyển cho " + t.name() + ".", java.util.List.of()));
            }
            notes.append("; tổ \"").append(request.targetTeamId().strip())
                    .append("\" không có trong danh bạ, đã ngừng hoạt động hoặc đang giữ phản ánh");
        }
        if (request.targetCommuneCode() != null && !request.targetCommuneCode().isBlank()) {
            Optional<Commune> target = Communes.byCode(request.targetCommuneCode());
            if (target.isPresent()) {
                Assignment a = decider.assignWithin(c.reportId(), target.get(), asked + notes + "; chuyển về "
                        + target.get().fullName(), RoutingMethod.TRANSFER, c.facts(), c.priority(), notAgain);
                return new Outcome(kindOf(a, Hop.Kind.TRANSFER_TO_COMMUNE), a);
            }
            notes.append("; mã xã/phường \"").append(request.targetCommuneCode().strip())
                    .append("\" không có trong danh mục");
        }
        CommuneResolution place = decider.place(c.facts());
        Commune commune = place.commune() != null ? place.commune() : currentCommune;
        Assignment a = decider.assignWithin(c.reportId(), commune, asked + notes + "; xét lại theo quy tắc: "
                + place.reason(), RoutingMethod.TRANSFER, c.facts(), c.priority(), notAgain);
        return new Outcome(kindOf(a, Hop.Kind.TRANSFER_REDECIDED), a);
    }

    private static Hop.Kind kindOf(Assignment a, Hop.Kind otherwise) {
        return TeamType.PROVINCE_TRIAGE.name().equals(a.teamType()) ? Hop.Kind.TRANSFER_TO_TRIAGE : otherwise;
    }
}
