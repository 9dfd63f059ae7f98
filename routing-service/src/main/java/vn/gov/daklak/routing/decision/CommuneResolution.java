package vn.gov.daklak.routing.decision;

import vn.gov.daklak.reference.Commune;

/** The commune a report belongs to ({@code null} for {@link RoutingMethod#TRIAGE}) and why, in Vietnamese. */
record CommuneResolution(Commune commune, RoutingMethod method, String reason) {

    static CommuneResolution triage(String reason) {
        return new CommuneResolution(null, RoutingMethod.TRIAGE, reason);
    }
}
