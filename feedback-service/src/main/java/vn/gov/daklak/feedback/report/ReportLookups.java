package vn.gov.daklak.feedback.report;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.platform.keys.KeyedLookup;

/**
 * The reports a resident owns, the reports filed for a phone (assisted filing) and the reports of a grid cell and
 * category, each as one look-up document per owner, phone key or cell (see {@link KeyedLookup}), so that "my reports",
 * claiming and the duplicate check read by key and never scan {@code reports}. Entries are written before the report
 * (see {@link #filed}); readers load the reports by id and check them.
 */
public class ReportLookups {
    /** Statuses a report never leaves: it is no longer a candidate for "open reports nearby". */
    public static final Set<ReportStatus> FINAL = EnumSet.of(ReportStatus.CLOSED, ReportStatus.REJECTED,
            ReportStatus.DUPLICATE, ReportStatus.WITHDRAWN);

    private final KeyedLookup byOwner;
    private final KeyedLookup byPhone;
    private final KeyedLookup byCell;

    ReportLookups(KeyedLookup byOwner, KeyedLookup byPhone, KeyedLookup byCell) {
        this.byOwner = byOwner;
        this.byPhone = byPhone;
        this.byCell = byCell;
    }

    /** Records a report about to be stored (call before inserting it). Values: submission time in epoch millis. */
    void filed(Report report) {
        long submittedAt = report.submittedAt().toEpochMilli();
        if (report.ownerId() != null) {
            byOwner.put(report.ownerId(), report.id(), submittedAt);
        }
        if (report.ownership().onBehalfPhoneKey() != null) {
            byPhone.put(report.ownership().onBehalfPhoneKey(), report.id(), submittedAt);
        }
        if (report.geoCell() != null) {
            byCell.put(cellKey(report.geoCell(), report.categoryCode()), report.id(), submittedAt);
        }
    }

    /** Report id → submission time (epoch millis) of the reports {@code ownerId} owns, or may own (check). */
    public Map<String, Object> ownedBy(String ownerId) {
        return byOwner.entries(ownerId);
    }

    public void owned(String ownerId, String reportId, Object submittedAt) {
        byOwner.put(ownerId, reportId, submittedAt);
    }

    public void notOwned(String ownerId, String reportId) {
        byOwner.remove(ownerId, reportId);
    }

    /** Report id → submission time of the reports filed for the phone with this look-up key. */
    public Map<String, Object> filedFor(String phoneKey) {
        return byPhone.entries(phoneKey);
    }

    /** Ids of the reports of {@code categoryCode} in any of {@code cells} (some may be finished: check). */
    public Set<String> inCells(Collection<String> cells, String categoryCode) {
        return byCell.entries(cells.stream().map(cell -> cellKey(cell, categoryCode)).toList()).keySet();
    }

    /** The report is gone or finished: it no longer needs to be found by its cell. */
    public void leftCell(String cell, String categoryCode, String reportId) {
        byCell.removeFrom(List.of(cellKey(cell, categoryCode)), reportId);
    }

    private static String cellKey(String cell, String categoryCode) {
        return cell + "|" + categoryCode;
    }
}
