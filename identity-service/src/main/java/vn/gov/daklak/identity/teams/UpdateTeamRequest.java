package vn.gov.daklak.identity.teams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/v1/teams/{id}}: the mutable fields, both required. */
record UpdateTeamRequest(@NotBlank @Size(max = 200) String name, @NotNull Boolean active) {
}
