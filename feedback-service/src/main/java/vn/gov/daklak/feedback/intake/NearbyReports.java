package vn.gov.daklak.feedback.intake;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.report.GridCell;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.ReportLookups;
import vn.gov.daklak.feedback.report.Reports;
import vn.gov.daklak.feedback.tracking.StatusLabels;
import vn.gov.daklak.reference.Categories;

/**
 * Open reports of the same category close to where a resident is about to file one, so they can follow it instead.
 * The keyed look-up of the grid cells around the point ({@link ReportLookups}), the candidates by id, then the exact
 * distance in Java (no geo queries: the stand-in MongoDB has none). Finished reports leave the look-up when met.
 */
@Service
class NearbyReports {
    static final double RADIUS_METERS = 50;
    private static final int LIMIT = 20;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Reports reports;
    private final ReportLookups lookups;

    NearbyReports(Reports reports, ReportLookups lookups) {
        this.reports = reports;
        this.lookups = lookups;
    }

    /** What a resident sees of a nearby report: no contact details, no exact location. */
    record Nearby(String id, String trackingCode, String title, ReportStatus status, String statusLabel,
                  int distanceMeters, OffsetDateTime submittedAt, int followerCount) {
    }

    List<Nearby> find(double lat, double lon, String category) {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("lat must be within [-90, 90] and lon within [-180, 180]");
        }
        String code = Categories.byCode(category).orElseThrow(() -> new IllegalArgumentException(
                "category " + category + " is not a category of the taxonomy")).code();
        GeoPoint here = new GeoPoint(lat, lon);
        Set<String> ids = lookups.inCells(GridCell.covering(here, RADIUS_METERS), code);
        List<Report> candidates = reports.findAll(ids);
        candidates.stream().filter(r -> ReportLookups.FINAL.contains(r.status()))
                .forEach(r -> lookups.leftCell(r.geoCell(), code, r.id()));
        return candidates.stream()
                .filter(r -> Report.OPEN.contains(r.status()) && r.location() != null)
                .map(r -> new Object[] {r, GridCell.distanceMeters(here, r.location())})
                .filter(pair -> (double) pair[1] <= RADIUS_METERS)
                .sorted(Comparator.comparingDouble(pair -> (double) pair[1]))
                .limit(LIMIT)
                .map(pair -> view((Report) pair[0], (double) pair[1]))
                .toList();
    }

    private static Nearby view(Report r, double distance) {
        return new Nearby(r.id(), r.trackingCode(), r.title(), r.status(), StatusLabels.vi(r.status()),
                (int) Math.round(distance), r.submittedAt().atZone(VIETNAM).toOffsetDateTime(),
                r.followers().size());
    }
}
