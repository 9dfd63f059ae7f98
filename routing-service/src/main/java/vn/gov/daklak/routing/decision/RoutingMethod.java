package vn.gov.daklak.routing.decision;

/** How the commune of a report was found; published as {@code ReportRouted.method}. */
public enum RoutingMethod {
    /** The commune code the resident (or intake) chose. */
    COMMUNE_CODE,
    /** The location lies inside the commune's boundary. */
    POINT_IN_POLYGON,
    /** The location lies just outside every boundary; the nearest commune was taken. */
    NEAREST,
    /** The address text names the unit, possibly by its pre-2025 name or code. */
    ADDRESS_TEXT,
    /** Nothing usable, or an ambiguous address: the province triage desk decides. */
    TRIAGE,
    /** A later hop, made on a team's transfer request. */
    TRANSFER
}
