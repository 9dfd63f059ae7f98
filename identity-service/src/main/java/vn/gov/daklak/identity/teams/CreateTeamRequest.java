package vn.gov.daklak.identity.teams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.gov.daklak.contracts.identity.TeamType;

/** Body of {@code POST /api/v1/teams}. A new team is active. */
@CommuneFitsTeamType
record CreateTeamRequest(
        @NotBlank @Pattern(regexp = TeamIds.PATTERN, message = TeamIds.RULE) String teamId,
        @NotBlank @Size(max = 200) String name,
        @NotNull TeamType teamType,
        @KnownCommune String communeCode) {

    NewTeam toNewTeam() {
        return new NewTeam(teamId, name, teamType, communeCode);
    }
}
