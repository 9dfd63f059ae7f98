package vn.gov.daklak.routing.decision;

import vn.gov.daklak.routing.teams.Team;

/** The team chosen, the rule that chose it and the Vietnamese explanation. */
record TeamAssignment(Team team, String ruleId, String reason) {
}
