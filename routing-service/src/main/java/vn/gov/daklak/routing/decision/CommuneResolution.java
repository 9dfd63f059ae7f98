package vn.gov.daklak.routing.decision;

import java.util.List;

import vn.gov.daklak.reference.Commune;

/**
 * The commune a report belongs to ({@code null} for {@link RoutingMethod#TRIAGE}) and why, in Vietnamese.
 *
 * @param candidateCodes for an ambiguous address (a split pre-2025 unit, homonyms): the units it may mean
 */
public record CommuneResolution(Commune commune, RoutingMethod method, String reason, List<String> candidateCodes) {

    public CommuneResolution {
        candidateCodes = candidateCodes == null ? List.of() : List.copyOf(candidateCodes);
    }

    static CommuneResolution triage(String reason, List<String> candidates) {
        return new CommuneResolution(null, RoutingMethod.TRIAGE, reason, candidates);
    }
}
