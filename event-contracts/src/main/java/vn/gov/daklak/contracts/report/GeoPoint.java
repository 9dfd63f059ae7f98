package vn.gov.daklak.contracts.report;

/** WGS 84 coordinates in decimal degrees. */
public record GeoPoint(double lat, double lon) {
}
