package vn.gov.daklak.feedback.transparency;

import static vn.gov.daklak.contracts.report.ReportStatus.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.tracking.StatusLabels;

/**
 * How a status reads publicly: the resident's Vietnamese label, whether the problem is still open (Open311
 * {@code open}/{@code closed}) and the extended status of FixMyStreet's {@code servicerequestupdates}.
 */
public record PublicStatus(ReportStatus status, boolean open, String update) {
    private static final Map<ReportStatus, PublicStatus> BY_STATUS = new EnumMap<>(ReportStatus.class);

    static {
        open(SUBMITTED, "OPEN");
        open(ROUTED, "OPEN");
        open(ACKNOWLEDGED, "ACTION_SCHEDULED");
        open(IN_PROGRESS, "IN_PROGRESS");
        open(NEED_INFO, "INVESTIGATING");
        open(TRANSFERRED, "INTERNAL_REFERRAL");
        open(REOPENED, "OPEN");
        closed(RESOLVED, "FIXED");
        closed(CLOSED, "FIXED");
        closed(REJECTED, "NOT_COUNCILS_RESPONSIBILITY");
        closed(DUPLICATE, "DUPLICATE");
        closed(WITHDRAWN, "CLOSED");
    }

    public static PublicStatus of(ReportStatus status) {
        return BY_STATUS.get(status);
    }

    public String label() {
        return StatusLabels.vi(status);
    }

    /** The statuses that read as open ({@code true}) or closed ({@code false}). */
    public static List<ReportStatus> where(boolean open) {
        Set<ReportStatus> matching = EnumSet.noneOf(ReportStatus.class);
        BY_STATUS.values().stream().filter(p -> p.open() == open).forEach(p -> matching.add(p.status()));
        return List.copyOf(matching);
    }

    private static void open(ReportStatus status, String update) {
        BY_STATUS.put(status, new PublicStatus(status, true, update));
    }

    private static void closed(ReportStatus status, String update) {
        BY_STATUS.put(status, new PublicStatus(status, false, update));
    }
}
