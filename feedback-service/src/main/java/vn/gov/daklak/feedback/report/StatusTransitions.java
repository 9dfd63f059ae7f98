package vn.gov.daklak.feedback.report;

import static vn.gov.daklak.contracts.report.ReportStatus.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.gov.daklak.contracts.report.ReportStatus;

/** Which status may follow which. Anything else is an illegal transition (HTTP 409). */
public final class StatusTransitions {
    private static final Map<ReportStatus, Set<ReportStatus>> ALLOWED = Map.ofEntries(
            Map.entry(SUBMITTED, EnumSet.of(ROUTED, WITHDRAWN, REJECTED)),
            Map.entry(ROUTED, EnumSet.of(ACKNOWLEDGED, TRANSFERRED, REJECTED, DUPLICATE, WITHDRAWN, ROUTED)),
            Map.entry(ACKNOWLEDGED, EnumSet.of(IN_PROGRESS, NEED_INFO, RESOLVED, TRANSFERRED, REJECTED, DUPLICATE)),
            Map.entry(IN_PROGRESS, EnumSet.of(NEED_INFO, RESOLVED, TRANSFERRED, REJECTED, DUPLICATE)),
            Map.entry(NEED_INFO, EnumSet.of(IN_PROGRESS, REJECTED)),
            Map.entry(TRANSFERRED, EnumSet.of(ROUTED)),
            Map.entry(RESOLVED, EnumSet.of(CLOSED, REOPENED)),
            Map.entry(REOPENED, EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, RESOLVED)),
            Map.entry(REJECTED, EnumSet.noneOf(ReportStatus.class)),
            Map.entry(DUPLICATE, EnumSet.noneOf(ReportStatus.class)),
            Map.entry(WITHDRAWN, EnumSet.noneOf(ReportStatus.class)),
            Map.entry(CLOSED, EnumSet.noneOf(ReportStatus.class)));

    private StatusTransitions() {
    }

    public static boolean allowed(ReportStatus from, ReportStatus to) {
        return ALLOWED.get(from).contains(to);
    }
}
