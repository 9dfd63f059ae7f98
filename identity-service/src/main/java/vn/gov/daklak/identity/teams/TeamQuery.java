package vn.gov.daklak.identity.teams;

import vn.gov.daklak.contracts.identity.TeamType;

/** Filter of the team list; a null field matches everything. */
record TeamQuery(String communeCode, TeamType teamType) {
}
