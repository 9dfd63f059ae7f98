package vn.gov.daklak.identity.teams;

import java.util.Collection;
import java.util.List;

/** Which communes a set of teams covers: what a staff member's token says they may act on. */
public interface TeamCommunes {

    /** Distinct commune codes of these teams, sorted; province-level teams add none. */
    List<String> communeCodesOf(Collection<String> teamIds);
}
