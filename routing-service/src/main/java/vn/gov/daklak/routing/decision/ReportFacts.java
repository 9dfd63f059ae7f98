package vn.gov.daklak.routing.decision;

import java.util.List;

import vn.gov.daklak.contracts.report.GeoPoint;

/**
 * What routing knew of a report when it decided, kept so that a transfer can decide again without the resident's
 * text: the category, where it is and the kinds of place found in it (national highway, power grid…).
 */
public record ReportFacts(String categoryCode, GeoPoint location, String communeCode, String addressText,
                          List<String> placeKinds) {

    public ReportFacts {
        placeKinds = placeKinds == null ? List.of() : List.copyOf(placeKinds);
    }
}
