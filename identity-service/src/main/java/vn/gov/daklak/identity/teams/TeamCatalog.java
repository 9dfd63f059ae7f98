package vn.gov.daklak.identity.teams;

import java.util.Collection;
import java.util.Set;

/** What other features may ask about teams. */
public interface TeamCatalog {

    /** The ids among these that name no team. */
    Set<String> unknownTeamIds(Collection<String> teamIds);
}
