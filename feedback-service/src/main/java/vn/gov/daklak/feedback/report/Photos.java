package vn.gov.daklak.feedback.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.gov.daklak.contracts.report.ReportStatus;

/**
 * The pictures of a report: at most {@link Photo#MAX_PER_KIND} of each kind. The resident adds theirs while the
 * report is being handled; the team adds its "after" pictures once it has acknowledged the report.
 */
public final class Photos {
    private static final Set<ReportStatus> RESIDENT_PHOTO_STATUSES = EnumSet.of(ReportStatus.SUBMITTED,
            ReportStatus.ROUTED, ReportStatus.ACKNOWLEDGED, ReportStatus.IN_PROGRESS, ReportStatus.NEED_INFO,
            ReportStatus.REOPENED);
    private static final Set<ReportStatus> TEAM_PHOTO_STATUSES = EnumSet.of(ReportStatus.ACKNOWLEDGED,
            ReportStatus.IN_PROGRESS, ReportStatus.NEED_INFO, ReportStatus.REOPENED);

    private final List<Photo> photos;

    Photos(List<Photo> photos) {
        this.photos = new ArrayList<>(photos);
    }

    /** Throws {@link ReportRuleViolation} unless {@code count} more photos of {@code kind} may be added now. */
    void checkAllowed(Photo.Kind kind, int count, ReportStatus status) {
        Set<ReportStatus> allowed = kind == Photo.Kind.REPORT ? RESIDENT_PHOTO_STATUSES : TEAM_PHOTO_STATUSES;
        if (!allowed.contains(status)) {
            throw new ReportRuleViolation((kind == Photo.Kind.REPORT ? "The resident's" : "\"After\"")
                    + " photos cannot be added to a report in status " + status);
        }
        if (of(kind).size() + count > Photo.MAX_PER_KIND) {
            throw new ReportRuleViolation("At most " + Photo.MAX_PER_KIND + " photos of kind " + kind
                    + " per report; it has " + of(kind).size());
        }
    }

    void add(Photo photo, ReportStatus status) {
        checkAllowed(photo.kind(), 1, status);
        photos.add(photo);
    }

    public List<Photo> all() {
        return List.copyOf(photos);
    }

    public List<Photo> of(Photo.Kind kind) {
        return photos.stream().filter(p -> p.kind() == kind).toList();
    }
}
