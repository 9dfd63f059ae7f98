package vn.gov.daklak.routing.decision;

import java.util.List;
import java.util.Optional;

/** Finds the commune of a point. Port over the jurisdiction index, so the decision logic can be tested alone. */
public interface CommuneLocator {

    /** Empty when the point is outside the province (and not close enough to any commune). */
    Optional<LocatedPoint> locate(double lat, double lon);

    /**
     * @param inside            true if the point is inside the commune's boundary, false if it is only the nearest
     * @param boundaryAmbiguous the point is so close to a boundary that a neighbour could be right
     */
    record LocatedPoint(String communeCode, boolean inside, double distanceMeters, boolean boundaryAmbiguous,
                        List<String> neighbours) {
    }
}
