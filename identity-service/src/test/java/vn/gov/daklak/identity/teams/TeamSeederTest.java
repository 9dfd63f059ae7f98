package vn.gov.daklak.identity.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.contracts.identity.TeamUpserted;
import vn.gov.daklak.platform.outbox.OutboxMessage;

class TeamSeederTest {
    private final InMemoryTeamRepository repository = new InMemoryTeamRepository();
    private final TeamSeeder seeder = new TeamSeeder(repository, TestOutbox.messages(), TestOutbox.CLOCK);

    @Test
    void createsTwoTeamsForEachOfThe102CommunesAndTheProvinceTriageDesk() {
        assertThat(seeder.seed()).isEqualTo(205);

        assertThat(repository.teams).hasSize(205);
        Map<TeamType, Long> byType = repository.teams.values().stream()
                .collect(Collectors.groupingBy(Team::teamType, Collectors.counting()));
        assertThat(byType).containsOnly(
                Map.entry(TeamType.COMMUNITY_DIGITAL, 102L),
                Map.entry(TeamType.RAPID_RESPONSE, 102L),
                Map.entry(TeamType.PROVINCE_TRIAGE, 1L));
        assertThat(repository.teams.values()).allMatch(Team::active);
    }

    @Test
    void namesTheTeamsOfPhuongBuonMaThuotWithExactDiacritics() {
        seeder.seed();

        Team digital = repository.teams.get("66-24133-CDS");
        assertThat(digital.name()).isEqualTo("Tổ công nghệ số cộng đồng Phường Buôn Ma Thuột");
        assertThat(digital.teamType()).isEqualTo(TeamType.COMMUNITY_DIGITAL);
        assertThat(digital.communeCode()).isEqualTo("24133");

        Team rapid = repository.teams.get("66-24133-PUN");
        assertThat(rapid.name()).isEqualTo("Tổ phản ứng nhanh Phường Buôn Ma Thuột");
        assertThat(rapid.teamType()).isEqualTo(TeamType.RAPID_RESPONSE);
        assertThat(rapid.communeCode()).isEqualTo("24133");

        assertThat(Normalizer.isNormalized(digital.name(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void addsTheProvinceTriageDeskWithoutCommune() {
        seeder.seed();

        Team triage = repository.teams.get("66-PROVINCE-TRIAGE");
        assertThat(triage.name()).isEqualTo("Bộ phận tiếp nhận và phân loại phản ánh tỉnh Đắk Lắk");
        assertThat(triage.teamType()).isEqualTo(TeamType.PROVINCE_TRIAGE);
        assertThat(triage.communeCode()).isNull();
    }

    @Test
    void eachCreatedTeamCarriesOneTeamUpsertedKeyedByItsId() {
        seeder.seed();

        assertThat(repository.written).hasSize(205);
        Map<String, OutboxMessage> byKey = repository.written.stream()
                .collect(Collectors.toMap(OutboxMessage::key, Function.identity()));
        assertThat(byKey).hasSize(205).containsOnlyKeys(repository.teams.keySet());

        OutboxMessage message = byKey.get("66-24133-CDS");
        assertThat(message.topic()).isEqualTo(Topics.TEAM_DIRECTORY);
        assertThat(message.type()).isEqualTo(EventCatalog.of(TeamUpserted.class).type());
        assertThat(message.subject()).isEqualTo("66-24133-CDS");
        JsonNode payload = TestOutbox.JSON.readTree(message.payload());
        assertThat(payload.get("teamId").asString()).isEqualTo("66-24133-CDS");
        assertThat(payload.get("name").asString()).isEqualTo("Tổ công nghệ số cộng đồng Phường Buôn Ma Thuột");
        assertThat(payload.get("teamType").asString()).isEqualTo("COMMUNITY_DIGITAL");
        assertThat(payload.get("communeCode").asString()).isEqualTo("24133");
        assertThat(payload.get("active").asBoolean()).isTrue();
    }

    @Test
    void seedingAgainCreatesAndPublishesNothing() {
        seeder.seed();
        int attemptsAfterFirstRun = repository.insertAttempts;

        assertThat(seeder.seed()).isZero();

        assertThat(repository.insertAttempts).isEqualTo(attemptsAfterFirstRun);
        assertThat(repository.written).hasSize(205);
        assertThat(repository.teams).hasSize(205);
    }

    @Test
    void createsOnlyMissingTeamsAndLeavesChangedOnesAlone() {
        TeamService service = new TeamService(repository, TestOutbox.messages(), TestOutbox.CLOCK);
        service.create(new NewTeam("66-24133-CDS", "Tổ CNS số 1", TeamType.COMMUNITY_DIGITAL, "24133"));
        service.change("66-24133-CDS", "Tổ CNS số 1", false);
        repository.written.clear();

        assertThat(seeder.seed()).isEqualTo(204);

        Team kept = repository.teams.get("66-24133-CDS");
        assertThat(kept.name()).isEqualTo("Tổ CNS số 1");
        assertThat(kept.active()).isFalse();
        assertThat(repository.written).hasSize(204).noneMatch(m -> m.key().equals("66-24133-CDS"));
    }
}
