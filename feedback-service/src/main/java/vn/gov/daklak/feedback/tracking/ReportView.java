package vn.gov.daklak.feedback.tracking;

import java.util.function.UnaryOperator;

import vn.gov.daklak.feedback.report.PublicText;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.report.Assignment;
import vn.gov.daklak.feedback.report.Photo;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.TimelineEntry;
import vn.gov.daklak.reference.Categories;

/**
 * A report as its resident follows it ({@link #of}); times in Asia/Ho_Chi_Minh. No contact details. Staff who work on
 * it also get {@code intake} ({@link #forStaff}); anyone with the tracking code gets {@link #tracked}: no location,
 * no typed address, no staff names.
 */
public record ReportView(String id, String trackingCode, Category category, String title, String description,
                         GeoPoint location, String addressText, ReportStatus status, String statusLabel,
                         OffsetDateTime submittedAt, AssignmentView assignment, String question,
                         String resolution, OffsetDateTime resolvedAt, String duplicateOf, RatingView rating,
                         List<Entry> timeline, List<PhotoView> photos, int followerCount,
                         @JsonInclude(JsonInclude.Include.NON_NULL) IntakeView intake) {

    /** Actors shown by name on the tracking view; anybody else (staff) is shown as {@code team}. */
    private static final Set<String> NAMED_ACTORS = Set.of("citizen", "system", "routing-service",
            "notification-service");

    /**
     * For staff: how the report came in. {@code assurance} is the resident's sign-in ({@code phone}, {@code vneid-1},
     * {@code vneid-2}) or {@code none} when it was filed for them (phone not verified); {@code filedBy} the staff
     * member or application that filed it for the resident; {@code claimed} whether a resident account owns it.
     */
    public record IntakeView(IntakeChannel channel, String assurance, String filedBy, boolean claimed,
                             String assigneeId) {
    }

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public record Category(String code, String nameVi, String nameEn) {
    }

    /** Routing's decision: who, by when, and why (method and rule that matched). */
    public record AssignmentView(String communeCode, String communeName, String teamId, String teamName,
                                 Priority priority, String method, String ruleId, String reason,
                                 OffsetDateTime acknowledgeBy, OffsetDateTime resolveBy) {
    }

    public record RatingView(int score, String comment) {
    }

    /**
     * A picture of the report: {@code url} serves the copy without EXIF or GPS ({@code null} for HEIC, which only staff
     * can see), {@code thumbnailUrl} a preview (for WebP the picture itself).
     */
    public record PhotoView(String id, Photo.Kind kind, String mediaType, String url, String thumbnailUrl,
                            Integer width, Integer height, OffsetDateTime uploadedAt) {
    }

    public record Entry(OffsetDateTime at, TimelineEntry.Kind kind, ReportStatus status, String statusLabel,
                        String actor, String note) {
    }

    public static ReportView of(Report report) {
        var category = Categories.byCode(report.categoryCode())
                .map(c -> new Category(c.code(), c.nameVi(), c.nameEn()))
                .orElse(new Category(report.categoryCode(), null, null));
        var resolution = report.resolution();
        return new ReportView(report.id(), report.trackingCode(), category, report.title(), report.description(),
                report.location(), report.addressText(), report.status(), StatusLabels.vi(report.status()),
                local(report.submittedAt()), assignment(report.assignment()), report.pendingQuestion(),
                resolution == null ? null : resolution.text(), local(resolution == null ? null : resolution.at()),
                report.duplicateOf(),
                report.rating() == null ? null : new RatingView(report.rating().score(), report.rating().comment()),
                report.timeline().stream().map(e -> new Entry(local(e.at()), e.kind(), e.status(),
                        StatusLabels.vi(e.status()), e.actor(), e.note())).toList(),
                photos(report), report.followers().size(), null);
    }

    /** The view of staff who work on the report: the resident's view and how it came in. */
    public static ReportView forStaff(Report report) {
        ReportView view = of(report);
        return new ReportView(view.id, view.trackingCode, view.category, view.title, view.description, view.location,
                view.addressText, view.status, view.statusLabel, view.submittedAt, view.assignment, view.question,
                view.resolution, view.resolvedAt, view.duplicateOf, view.rating, view.timeline, view.photos,
                view.followerCount, new IntakeView(report.channel(),
                        report.ownership().assurance() == null ? "none" : report.ownership().assurance(), report.ownership().filedBy(),
                        report.ownerId() != null, report.assigneeId()));
    }

    /**
     * For whoever has the tracking code (no token): what the public view shows. No location, no typed address, staff
     * shown as "team", and every text through the public redactor ({@link PublicText}); a report of a sensitive
     * category, which the public view never shows, keeps no text at all (its title is the category's name).
     */
    public static ReportView tracked(Report report) {
        ReportView view = of(report);
        boolean sensitive = Categories.byCode(report.categoryCode()).map(c -> c.sensitive()).orElse(true);
        UnaryOperator<String> text = value -> sensitive ? null : PublicText.of(value, report.reporter());
        String title = sensitive ? view.category.nameVi() : text.apply(view.title);
        return new ReportView(view.id, view.trackingCode, view.category, title, text.apply(view.description), null,
                null, view.status, view.statusLabel, view.submittedAt, view.assignment, text.apply(view.question),
                text.apply(view.resolution), view.resolvedAt, view.duplicateOf,
                view.rating == null ? null : new RatingView(view.rating.score(), text.apply(view.rating.comment())),
                view.timeline.stream().map(e -> new Entry(e.at(), e.kind(), e.status(), e.statusLabel(),
                        NAMED_ACTORS.contains(e.actor()) ? e.actor() : "team", text.apply(e.note()))).toList(),
                view.photos, view.followerCount, null);
    }

    public static List<PhotoView> photos(Report report) {
        String base = "/api/v1/reports/" + report.id() + "/photos/";
        return report.photos().stream().map(p -> new PhotoView(p.id(), p.kind(), p.mediaType(),
                p.displayFileId() == null ? null : base + p.id(),
                p.thumbnailFileId() == null ? null : base + p.id() + "/thumbnail",
                p.width(), p.height(), local(p.uploadedAt()))).toList();
    }

    private static AssignmentView assignment(Assignment a) {
        return a == null ? null : new AssignmentView(a.communeCode(), a.communeName(), a.teamId(), a.teamName(),
                a.priority(), a.method(), a.ruleId(), a.reason(), local(a.acknowledgeBy()), local(a.resolveBy()));
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(VIETNAM).toOffsetDateTime();
    }
}
