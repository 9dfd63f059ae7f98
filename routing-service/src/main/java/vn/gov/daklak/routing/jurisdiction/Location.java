package vn.gov.daklak.routing.jurisdiction;

import java.util.List;
import java.util.Objects;

/**
 * Result of {@link JurisdictionIndex#locate(double, double)}.
 *
 * @param communeCode       code of the responsible commune/ward (resolvable with
 *                          {@code vn.gov.daklak.reference.Communes.byCode})
 * @param method            {@link Method#INSIDE} if the point lies in (or on the boundary of) the unit,
 *                          {@link Method#NEAREST} if it lies outside every unit but within
 *                          {@link JurisdictionIndex#MAX_NEAREST_DISTANCE_METERS} of this one
 * @param distanceMeters    0 for INSIDE; otherwise the geodesic distance from the point to the unit's boundary
 * @param boundaryAmbiguous true if another unit is within {@link JurisdictionIndex#AMBIGUITY_DISTANCE_METERS} of
 *                          the point (for NEAREST: no more than that much further away than the chosen unit), so a
 *                          neighbour may be the right one (boundaries are a simplified reference map, ≈10 m)
 * @param neighbours        codes of those other units, nearest first; empty when not ambiguous
 */
public record Location(String communeCode, Method method, double distanceMeters, boolean boundaryAmbiguous,
                       List<String> neighbours) {

    /** How the unit was found. */
    public enum Method {
        /** The point is inside the unit's boundary (or exactly on it). */
        INSIDE,
        /** The point is outside every unit (e.g. at sea, or in a sliver); the nearest unit within 2 km was taken. */
        NEAREST
    }

    public Location {
        Objects.requireNonNull(communeCode, "communeCode");
        Objects.requireNonNull(method, "method");
        neighbours = List.copyOf(neighbours);
    }
}
