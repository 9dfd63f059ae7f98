package vn.gov.daklak.notification.staff;

import java.util.List;

/**
 * Port: which commune a team works in, learned from the routing decisions (each names the team and its commune).
 * Needed to find a commune's chairman, who may sit in any of the commune's teams.
 */
public interface TeamCommunes {

    void remember(String teamId, String communeCode);

    List<String> teamsIn(String communeCode);
}
