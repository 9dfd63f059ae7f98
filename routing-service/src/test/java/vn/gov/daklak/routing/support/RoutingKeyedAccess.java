package vn.gov.daklak.routing.support;

import java.util.List;

import vn.gov.daklak.platform.test.mongo.KeyedAccessExemption;

/**
 * The code of routing-service that may read MongoDB without a key while reports flow, and why (see
 * docs/ARCHITECTURE.md, "Data access by key"). Everything else a test makes the service do must read by key.
 */
final class RoutingKeyedAccess {

    static final List<KeyedAccessExemption> EXEMPTIONS = List.of(
            KeyedAccessExemption.of("vn.gov.daklak.routing.teams.MongoTeamDirectory#list",
                    "team listing for staff (GET /api/v1/teams): the teams of a commune, or all (a few hundred)"),
            KeyedAccessExemption.of("vn.gov.daklak.routing.rules.MongoRuleBook#history",
                    "rule set history for province administrators: one line per published version"));

    private RoutingKeyedAccess() {
    }
}
