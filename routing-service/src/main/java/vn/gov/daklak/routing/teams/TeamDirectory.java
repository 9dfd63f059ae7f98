package vn.gov.daklak.routing.teams;

import java.util.List;
import java.util.Optional;

import vn.gov.daklak.contracts.identity.TeamType;

/** The local copy of the identity service's team directory. */
public interface TeamDirectory {

    /**
     * Stores the team unless the stored copy is newer (events can arrive out of order after a retry).
     *
     * @return false if the update was older than what is stored and was ignored
     */
    boolean apply(Team team);

    /** Known teams of one commune, or all teams when {@code communeCode} is null, ordered by id. */
    List<Team> list(String communeCode);

    /** The team with this id, active or not. */
    Optional<Team> find(String teamId);

    /** The active team of this type for a commune ({@code communeCode} null: the province-level team). */
    Optional<Team> activeTeam(TeamType type, String communeCode);
}
