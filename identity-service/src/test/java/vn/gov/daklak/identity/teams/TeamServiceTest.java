package vn.gov.daklak.identity.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.contracts.identity.TeamType;

class TeamServiceTest {
    private final InMemoryTeamRepository repository = new InMemoryTeamRepository();
    private final TeamService service = new TeamService(repository, TestOutbox.messages(), TestOutbox.CLOCK);

    @Test
    void creatingAnExistingTeamIsAConflict() {
        NewTeam spec = new NewTeam("66-24133-ENV", "Tổ môi trường", TeamType.COMMUNE_ENVIRONMENT, "24133");
        service.create(spec);

        assertThatThrownBy(() -> service.create(spec)).isInstanceOf(TeamAlreadyExistsException.class);
        assertThat(repository.written).hasSize(1);
    }

    @Test
    void eachChangeIsWrittenWithItsEvent() {
        service.create(new NewTeam("66-24133-ENV", "Tổ môi trường", TeamType.COMMUNE_ENVIRONMENT, "24133"));

        service.change("66-24133-ENV", "Tổ môi trường phường", true);
        service.change("66-24133-ENV", "Tổ môi trường phường", true);
        service.change("66-24133-ENV", "Tổ môi trường phường", false);

        assertThat(repository.written).hasSize(3);
        assertThat(service.get("66-24133-ENV").active()).isFalse();
    }

    @Test
    void changingAMissingTeamIsNotFound() {
        assertThatThrownBy(() -> service.change("nope", "x", true)).isInstanceOf(TeamNotFoundException.class);
    }

    @Test
    void tellsWhichTeamIdsAreUnknown() {
        service.create(new NewTeam("66-24133-ENV", "Tổ môi trường", TeamType.COMMUNE_ENVIRONMENT, "24133"));

        assertThat(service.unknownTeamIds(List.of("66-24133-ENV", "ghost"))).containsExactly("ghost");
    }
}
