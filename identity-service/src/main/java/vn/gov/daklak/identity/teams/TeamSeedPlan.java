package vn.gov.daklak.identity.teams;

import java.util.ArrayList;
import java.util.List;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.reference.ReferenceData;

/** The teams the platform starts with: two per commune or ward, and the province triage desk. */
final class TeamSeedPlan {
    static final String PROVINCE_TRIAGE_ID = ReferenceData.PROVINCE_CODE + "-PROVINCE-TRIAGE";
    static final String PROVINCE_TRIAGE_NAME = "Bộ phận tiếp nhận và phân loại phản ánh tỉnh Đắk Lắk";

    private TeamSeedPlan() {
    }

    static List<NewTeam> teamsFor(List<Commune> communes) {
        List<NewTeam> teams = new ArrayList<>(communes.size() * 2 + 1);
        for (Commune commune : communes) {
            teams.add(new NewTeam(communityDigitalTeamId(commune.code()),
                    "Tổ công nghệ số cộng đồng " + commune.fullName(), TeamType.COMMUNITY_DIGITAL, commune.code()));
            teams.add(new NewTeam(rapidResponseTeamId(commune.code()),
                    "Tổ phản ứng nhanh " + commune.fullName(), TeamType.RAPID_RESPONSE, commune.code()));
        }
        teams.add(new NewTeam(PROVINCE_TRIAGE_ID, PROVINCE_TRIAGE_NAME, TeamType.PROVINCE_TRIAGE, null));
        return List.copyOf(teams);
    }

    static String communityDigitalTeamId(String communeCode) {
        return ReferenceData.PROVINCE_CODE + "-" + communeCode + "-CDS";
    }

    static String rapidResponseTeamId(String communeCode) {
        return ReferenceData.PROVINCE_CODE + "-" + communeCode + "-PUN";
    }
}
