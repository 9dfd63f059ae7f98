package vn.gov.daklak.identity.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.contracts.identity.TeamType;

class TeamTest {
    private static final Instant LATER = TestOutbox.NOW.plusSeconds(60);

    @Test
    void aNewTeamIsActiveAndAnnouncedOnce() {
        Team team = Team.create(new NewTeam("66-24133-POL", "Công an phường Buôn Ma Thuột",
                TeamType.COMMUNE_POLICE, "24133"), TestOutbox.NOW, TestOutbox.messages());

        assertThat(team.active()).isTrue();
        assertThat(team.updatedAt()).isEqualTo(TestOutbox.NOW);
        assertThat(team.outbox()).singleElement().satisfies(m -> assertThat(m.key()).isEqualTo("66-24133-POL"));
    }

    @Test
    void renamingOrDeactivatingAppendsAnEventButAnUnchangedWriteDoesNot() {
        Team team = Team.restore("66-24133-CDS", "Tổ công nghệ số cộng đồng Phường Buôn Ma Thuột",
                TeamType.COMMUNITY_DIGITAL, "24133", true, TestOutbox.NOW, 3);

        assertThat(team.change("Tổ công nghệ số cộng đồng Phường Buôn Ma Thuột", true, LATER, TestOutbox.messages()))
                .isFalse();
        assertThat(team.outbox()).isEmpty();

        assertThat(team.change("Tổ CNS cộng đồng Phường Buôn Ma Thuột", false, LATER, TestOutbox.messages()))
                .isTrue();
        assertThat(team.outbox()).hasSize(1);
        assertThat(team.toEvent().active()).isFalse();
        assertThat(team.toEvent().updatedAt()).isEqualTo(LATER);
        assertThat(team.revision()).isEqualTo(3);
    }

    @Test
    void decomposedVietnameseIsStoredPrecomposed() {
        String decomposed = Normalizer.normalize("Tổ phản ứng nhanh", Normalizer.Form.NFD);
        NewTeam spec = new NewTeam("66-24133-X", "  " + decomposed + " ", TeamType.RAPID_RESPONSE, "24133");

        assertThat(spec.name()).isEqualTo("Tổ phản ứng nhanh");
    }

    @Test
    void communeLevelTeamsNeedACommuneAndProvinceTeamsMustNotHaveOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NewTeam("t1", "Tổ", TeamType.RAPID_RESPONSE, null))
                .withMessage("communeCode is required for a RAPID_RESPONSE team");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NewTeam("t1", "Sở", TeamType.PROVINCE_DEPARTMENT, "24133"))
                .withMessage("communeCode must be empty for a PROVINCE_DEPARTMENT team");
        assertThat(new NewTeam("t1", "Điện lực", TeamType.UTILITY, null).communeCode()).isNull();
        assertThat(new NewTeam("t1", "Điện lực", TeamType.UTILITY, "24133").communeCode()).isEqualTo("24133");
    }

    @Test
    void rejectsACommuneCodeThatIsNotInDakLak() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NewTeam("t1", "Tổ", TeamType.RAPID_RESPONSE, "00001"));
    }
}
