package vn.gov.daklak.identity.teams;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where teams are kept. Each write stores the team and its {@link Team#outbox()} atomically. */
interface TeamRepository {

    Optional<Team> findById(String teamId);

    List<Team> find(TeamQuery query);

    /** Which of these ids exist. */
    Set<String> existingIds(Collection<String> teamIds);

    /** Distinct non-null commune codes of these teams, sorted. */
    List<String> communeCodesOf(Collection<String> teamIds);

    /** All team ids. */
    Set<String> allIds();

    /** Inserts a new team. Returns false if one with the same id exists already (nothing is written then). */
    boolean insert(Team team);

    /**
     * Writes the changed state and appends the team's outbox, only if the stored revision is still the one it was read
     * at. Returns false if someone else changed it meanwhile.
     */
    boolean update(Team team);
}
