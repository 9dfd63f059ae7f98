package vn.gov.daklak.routing.decision;

import java.util.Optional;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.routing.teams.Team;
import vn.gov.daklak.routing.teams.TeamDirectory;

/** Picks the team: the commune's digital community team, else the province triage desk. */
final class TeamSelector {
    static final String RULE_COMMUNE_TEAM = "default-commune-team";
    static final String RULE_TRIAGE_NO_COMMUNE = "triage-no-commune";
    static final String RULE_TRIAGE_NO_COMMUNE_TEAM = "triage-no-commune-team";

    private final TeamDirectory directory;

    TeamSelector(TeamDirectory directory) {
        this.directory = directory;
    }

    /** @throws NoTeamAvailableException when the triage team is needed and unknown */
    TeamAssignment select(String reportId, Commune commune) {
        if (commune != null) {
            Optional<Team> communeTeam = directory.activeTeam(TeamType.COMMUNITY_DIGITAL, commune.code());
            if (communeTeam.isPresent()) {
                return new TeamAssignment(communeTeam.get(), RULE_COMMUNE_TEAM, "giao Tổ công nghệ số cộng đồng");
            }
        }
        Team triage = directory.activeTeam(TeamType.PROVINCE_TRIAGE, null)
                .orElseThrow(() -> new NoTeamAvailableException(reportId));
        if (commune == null) {
            return new TeamAssignment(triage, RULE_TRIAGE_NO_COMMUNE, "chuyển bộ phận tiếp nhận, phân loại của tỉnh");
        }
        return new TeamAssignment(triage, RULE_TRIAGE_NO_COMMUNE_TEAM, commune.fullName()
                + " chưa có Tổ công nghệ số cộng đồng trong danh bạ; chuyển bộ phận tiếp nhận, phân loại của tỉnh");
    }
}
