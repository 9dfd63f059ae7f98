package vn.gov.daklak.feedback.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.Lane;
import vn.gov.daklak.contracts.report.ReportFollowerAdded;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.contracts.report.ReportTransferRequested;
import vn.gov.daklak.contracts.report.ReporterContact;
import vn.gov.daklak.feedback.security.ProtectedReport;
import vn.gov.daklak.reference.Urgency;

/**
 * A resident's report: its content, who has it, its status and its full timeline. The events a change raises are
 * taken ({@link #takeRaisedEvents}) and stored with the change in one write (see {@link Reports}).
 */
public class Report implements ProtectedReport {
    /** Statuses in which the problem is still being handled: residents may follow it, teams may merge into it. */
    public static final Set<ReportStatus> OPEN = EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.ROUTED,
            ReportStatus.ACKNOWLEDGED, ReportStatus.IN_PROGRESS, ReportStatus.NEED_INFO, ReportStatus.REOPENED,
            ReportStatus.TRANSFERRED);

    private final String id;
    private final String trackingCode;
    private final String categoryCode;
    private String title;
    private String description;
    private final GeoPoint location;
    private final String communeCode;
    private final String addressText;
    private final IntakeChannel channel;
    private final ReporterContact reporter;
    private final Instant submittedAt;
    private final Lane lane;
    private final Ownership ownership;
    private ReportStatus status;
    private Instant updatedAt;
    private Assignment assignment;
    private String assigneeId;
    private String pendingQuestion;
    private Resolution resolution;
    private String duplicateOf;
    private Rating rating;
    private int reopenCount;
    private final Timeline timeline;
    private final Photos photos;
    private final Followers followers;
    private final List<InternalNote> internalNotes;
    private final List<String> appliedEventIds;
    private final List<QueueNotice> queueNotices;
    private final Long version;
    private final List<Object> raised = new ArrayList<>();

    /** A stored report as it was written; {@code version} is null for a report never stored. */
    Report(String id, String trackingCode, String categoryCode, String title, String description, GeoPoint location,
           String communeCode, String addressText, IntakeChannel channel, ReporterContact reporter,
           Instant submittedAt, Lane lane, Ownership ownership, ReportStatus status, Instant updatedAt,
           Assignment assignment, String assigneeId, String pendingQuestion, Resolution resolution,
           String duplicateOf, Rating rating, int reopenCount, List<TimelineEntry> timeline, List<Photo> photos,
           List<Follower> followers, List<InternalNote> internalNotes, List<String> appliedEventIds,
           List<QueueNotice> queueNotices, Long version) {
        this.id = id;
        this.trackingCode = trackingCode;
        this.categoryCode = categoryCode;
        this.title = title;
        this.description = description;
        this.location = location;
        this.communeCode = communeCode;
        this.addressText = addressText;
        this.channel = channel;
        this.reporter = reporter;
        this.submittedAt = submittedAt;
        this.lane = lane == null ? Lane.ORDINARY : lane; // reports filed before lanes existed
        this.ownership = ownership == null ? Ownership.NONE : ownership;
        this.status = status;
        this.updatedAt = updatedAt;
        this.assignment = assignment;
        this.assigneeId = assigneeId;
        this.pendingQuestion = pendingQuestion;
        this.resolution = resolution;
        this.duplicateOf = duplicateOf;
        this.rating = rating;
        this.reopenCount = reopenCount;
        this.timeline = new Timeline(orEmpty(timeline));
        this.photos = new Photos(orEmpty(photos));
        this.followers = new Followers(orEmpty(followers));
        this.internalNotes = new ArrayList<>(orEmpty(internalNotes));
        this.appliedEventIds = new ArrayList<>(orEmpty(appliedEventIds));
        this.queueNotices = new ArrayList<>(orEmpty(queueNotices));
        this.version = version;
    }

    /** A new report, as accepted at intake, filed as {@code ownership} says; {@code submitted} is raised. */
    public static Report accept(ReportSubmitted submitted, Ownership ownership) {
        Lane lane = Lane.urgentIf(Urgency.ofReport(submitted.categoryCode(), submitted.title(),
                submitted.description(), submitted.addressText()).isPresent());
        Report report = new Report(submitted.reportId(), submitted.trackingCode(), submitted.categoryCode(),
                submitted.title(), submitted.description(), submitted.location(), submitted.communeCode(),
                submitted.addressText(), submitted.channel(), submitted.reporter(), submitted.submittedAt(), lane,
                ownership, ReportStatus.SUBMITTED, submitted.submittedAt(), null, null, null, null, null, null, 0,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
        report.timeline.add(submitted.submittedAt(), TimelineEntry.Kind.SUBMITTED, ReportStatus.SUBMITTED,
                "citizen", "Đã tiếp nhận phản ánh qua " + submitted.channel());
        report.raised.add(submitted);
        return report;
    }

    /** A new report filed by the resident themselves, or by a partner without a sign-in. */
    public static Report accept(ReportSubmitted submitted) {
        return accept(submitted, Ownership.NONE);
    }

    /** Moves the report to {@code to}, or throws {@link IllegalTransitionException}. */
    public ReportStatusChanged changeStatus(ReportStatus to, String actorId, String actorRole, String note,
                                            Instant at) {
        return moveTo(to, actorId, actorRole, note, at, TimelineEntry.Kind.STATUS_CHANGED, note);
    }

    /** A status change whose timeline entry tells more ({@code kind}, {@code timelineNote}) than its event. */
    private ReportStatusChanged moveTo(ReportStatus to, String actorId, String actorRole, String note, Instant at,
                                       TimelineEntry.Kind kind, String timelineNote) {
        ReportStatus from = status;
        if (!StatusTransitions.allowed(from, to)) {
            throw new IllegalTransitionException(from, to);
        }
        status = to;
        updatedAt = at;
        timeline.add(at, kind, to, actorId, timelineNote);
        ReportStatusChanged changed = new ReportStatusChanged(id, from, to, actorId, actorRole, note,
                currentTeamId(), at);
        raised.add(changed);
        return changed;
    }

    /**
     * Records routing's decision; the report becomes ROUTED. A hop after a transfer (from TRANSFERRED, or the
     * {@link Assignment#TRANSFER} method) names the team it came from; its deadlines are the event's (routing keeps
     * the original ones), or the previous ones if the event has none.
     */
    public ReportStatusChanged assign(Assignment decided, String eventId, Instant at) {
        Assignment previous = assignment;
        boolean transferHop = status == ReportStatus.TRANSFERRED;
        if (!StatusTransitions.allowed(status, ReportStatus.ROUTED)) {
            throw new IllegalTransitionException(status, ReportStatus.ROUTED);
        }
        assignment = decided.keepingDeadlinesOf(previous);
        assigneeId = null;
        ReportStatusChanged changed = moveTo(ReportStatus.ROUTED, "routing-service", "SYSTEM", decided.reason(), at,
                TimelineEntry.Kind.ROUTED, assignment.describeAfter(previous, transferHop));
        appliedEventIds.add(eventId);
        return changed;
    }

    /**
     * The team that has the report asks to hand it on (to {@code toTeamId} and/or {@code toCommuneCode}, both
     * optional: routing decides again without this team). The report becomes TRANSFERRED until routing answers with a
     * new {@code ReportRouted}; the deadlines keep running.
     */
    public ReportTransferRequested requestTransfer(String staffId, String reason, String toCommuneCode,
                                                   String toTeamId, Instant at) {
        if (!StatusTransitions.allowed(status, ReportStatus.TRANSFERRED)) {
            throw new IllegalTransitionException(status, ReportStatus.TRANSFERRED);
        }
        if (assignment == null || assignment.teamId() == null) {
            throw new ReportRuleViolation("Report " + id + " has no team to transfer it from");
        }
        String fromTeamId = assignment.teamId();
        StringBuilder note = new StringBuilder("Đề nghị chuyển khỏi ").append(assignment.teamName());
        if (toTeamId != null) {
            note.append(", đến tổ ").append(toTeamId);
        }
        if (toCommuneCode != null) {
            note.append(", về xã/phường ").append(toCommuneCode);
        }
        note.append(". Lý do: ").append(reason);
        moveTo(ReportStatus.TRANSFERRED, staffId, "TEAM_MEMBER", reason, at, TimelineEntry.Kind.STATUS_CHANGED,
                note.toString());
        ReportTransferRequested requested = new ReportTransferRequested(id, fromTeamId, toTeamId, toCommuneCode,
                reason, staffId, at);
        raised.add(requested);
        return requested;
    }

    /** The team asks the resident a question; the report waits for the answer. */
    public void askResident(String staffId, String question, Instant at) {
        changeStatus(ReportStatus.NEED_INFO, staffId, "TEAM_MEMBER", question, at);
        pendingQuestion = question;
    }

    /** The resident answers the team's question; the report goes back to the team. */
    public void answer(String text, Instant at) {
        if (status != ReportStatus.NEED_INFO) {
            throw new ReportRuleViolation("The team has not asked a question");
        }
        changeStatus(ReportStatus.IN_PROGRESS, "citizen", "CITIZEN", "Người dân trả lời: " + text, at);
        pendingQuestion = null;
    }

    public void resolve(String staffId, String resolutionText, Instant at) {
        changeStatus(ReportStatus.RESOLVED, staffId, "TEAM_MEMBER", resolutionText, at);
        resolution = new Resolution(resolutionText, at);
    }

    /**
     * The team resolves the report: besides a legal transition, a resolution needs at least one "after" photo
     * ({@link Photo.Kind#RESOLUTION}) as evidence of what was done.
     */
    public void resolveByTeam(String staffId, String resolutionText, Instant at) {
        if (!StatusTransitions.allowed(status, ReportStatus.RESOLVED)) {
            throw new IllegalTransitionException(status, ReportStatus.RESOLVED);
        }
        if (photos.of(Photo.Kind.RESOLUTION).isEmpty()) {
            throw new ReportRuleViolation("A resolution needs at least one \"after\" photo: upload it first "
                    + "(POST /api/v1/reports/" + id + "/resolution-photos)");
        }
        resolve(staffId, resolutionText, at);
    }

    /** Whether {@code count} more photos of {@code kind} may be attached now; throws {@link ReportRuleViolation}. */
    public void checkPhotosAllowed(Photo.Kind kind, int count) {
        photos.checkAllowed(kind, count, status);
    }

    public void addPhoto(Photo photo) {
        photos.add(photo, status);
        updatedAt = photo.uploadedAt();
    }

    /**
     * Another resident follows this report instead of filing it again. Nothing happens (and empty is returned) when
     * they already follow it or filed it themselves.
     */
    public Optional<ReportFollowerAdded> follow(ReporterContact contact, String mergedFromReportId, Instant at) {
        if (!OPEN.contains(status)) {
            throw new ReportRuleViolation("A report in status " + status + " can no longer be followed");
        }
        if (!followers.add(contact, reporter, mergedFromReportId, at)) {
            return Optional.empty();
        }
        ReportFollowerAdded added = new ReportFollowerAdded(id, contact, mergedFromReportId, at);
        raised.add(added);
        return Optional.of(added);
    }

    /** Everybody to tell about this report: its reporter and its followers. */
    public List<ReporterContact> residents() {
        return followers.withReporter(reporter);
    }

    /** Refuses to merge this report into {@code canonical} unless both states allow it. */
    public void checkMergeableInto(Report canonical) {
        if (canonical.id.equals(id)) {
            throw new ReportRuleViolation("A report cannot duplicate itself");
        }
        if (!StatusTransitions.allowed(status, ReportStatus.DUPLICATE)) {
            throw new IllegalTransitionException(status, ReportStatus.DUPLICATE);
        }
        if (!OPEN.contains(canonical.status)) {
            throw new ReportRuleViolation("Report " + canonical.id + " is " + canonical.status
                    + ": merge into a report that is still open");
        }
    }

    /** Records that the queue of {@code teamId} has to show this change (see {@link QueueNotice}). */
    public void noteQueueChange(String teamId, QueueNotice.Kind kind, Instant at) {
        queueNotices.add(new QueueNotice(UUID.randomUUID().toString(), teamId, kind, at));
    }

    /** The resident accepts the resolution. */
    public void confirm(Instant at) {
        changeStatus(ReportStatus.CLOSED, "citizen", "CITIZEN", "Người dân xác nhận đã xử lý xong", at);
    }

    /** The resident disputes the resolution within {@link Resolution#DISPUTE_WINDOW}; it goes back to the team. */
    public void reopen(String reason, Instant at) {
        if (status == ReportStatus.RESOLVED && !resolution.disputableAt(at)) {
            throw new ReportRuleViolation("A resolution can be disputed only within 7 days");
        }
        changeStatus(ReportStatus.REOPENED, "citizen", "CITIZEN", reason, at);
        reopenCount++;
    }

    /** Closes a resolution nobody confirmed or disputed within the window; false if it is not due. */
    public boolean closeIfUndisputed(Instant now) {
        if (status != ReportStatus.RESOLVED || !resolution.undisputedAt(now)) {
            return false;
        }
        changeStatus(ReportStatus.CLOSED, "system", "SYSTEM", "Tự động đóng sau 7 ngày không có phản hồi", now);
        return true;
    }

    public void rate(int score, String comment, Instant at) {
        if (status != ReportStatus.RESOLVED && status != ReportStatus.CLOSED) {
            throw new ReportRuleViolation("A report can be rated once it is resolved");
        }
        rating = new Rating(score, comment, at);
        timeline.add(at, TimelineEntry.Kind.RATED, status, "citizen", score + "/5");
    }

    /** The resident corrects the report before a team has taken it. */
    public void edit(String newTitle, String newDescription, Instant at) {
        if (status != ReportStatus.SUBMITTED && status != ReportStatus.ROUTED) {
            throw new ReportRuleViolation("A report can be edited only until the team acknowledges it");
        }
        if (newTitle != null) {
            title = newTitle;
        }
        if (newDescription != null) {
            description = newDescription;
        }
        updatedAt = at;
        timeline.add(at, TimelineEntry.Kind.EDITED, status, "citizen", "Người dân sửa nội dung");
    }

    public void withdraw(String reason, Instant at) {
        changeStatus(ReportStatus.WITHDRAWN, "citizen", "CITIZEN", reason, at);
    }

    public void markDuplicateOf(String canonicalReportId, String staffId, Instant at) {
        if (canonicalReportId.equals(id)) {
            throw new ReportRuleViolation("A report cannot duplicate itself");
        }
        changeStatus(ReportStatus.DUPLICATE, staffId, "TEAM_MEMBER", "Trùng với phản ánh " + canonicalReportId, at);
        duplicateOf = canonicalReportId;
    }

    /** A team member takes the report, or a lead gives it to a member. */
    public void assignTo(String memberId, String byStaffId, Instant at) {
        assigneeId = memberId;
        timeline.add(at, TimelineEntry.Kind.ASSIGNED, status, byStaffId, "Phân công cán bộ " + memberId);
    }

    public void addInternalNote(String staffId, String text, Instant at) {
        internalNotes.add(new InternalNote(at, staffId, text));
    }

    /** Adds a notification outcome to the timeline, so the resident sees "sent by SMS at ...". */
    public void recordNotification(boolean delivered, String note, String eventId, Instant at) {
        timeline.add(at, delivered ? TimelineEntry.Kind.NOTIFIED : TimelineEntry.Kind.NOTIFICATION_FAILED, status,
                "notification-service", note);
        appliedEventIds.add(eventId);
    }

    public boolean hasApplied(String eventId) {
        return appliedEventIds.contains(eventId);
    }

    /** Events raised since the last call, to be stored with this change. */
    public List<Object> takeRaisedEvents() {
        List<Object> events = List.copyOf(raised);
        raised.clear();
        return events;
    }

    public String id() {
        return id;
    }

    public String trackingCode() {
        return trackingCode;
    }

    /** The topic the report's events travel on, chosen once at intake (urgent reports have their own). */
    public Lane lane() {
        return lane;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public GeoPoint location() {
        return location;
    }

    /** The cell of the duplicate check's grid the report lies in; null without a location. */
    public String geoCell() {
        return GridCell.of(location);
    }

    public String communeCode() {
        return communeCode;
    }

    public String addressText() {
        return addressText;
    }

    public IntakeChannel channel() {
        return channel;
    }

    public ReporterContact reporter() {
        return reporter;
    }

    public ReportStatus status() {
        return status;
    }

    public Assignment assignment() {
        return assignment;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<TimelineEntry> timeline() {
        return timeline.entries();
    }

    public String assigneeId() {
        return assigneeId;
    }

    public List<InternalNote> internalNotes() {
        return List.copyOf(internalNotes);
    }

    public String pendingQuestion() {
        return pendingQuestion;
    }

    /** The team's resolution; null until the report is resolved. */
    public Resolution resolution() {
        return resolution;
    }

    public String duplicateOf() {
        return duplicateOf;
    }

    public Rating rating() {
        return rating;
    }

    public int reopenCount() {
        return reopenCount;
    }

    public List<Photo> photos() {
        return photos.all();
    }

    public List<Follower> followers() {
        return followers.all();
    }

    public List<String> appliedEventIds() {
        return List.copyOf(appliedEventIds);
    }

    public List<QueueNotice> queueNotices() {
        return List.copyOf(queueNotices);
    }

    public Ownership ownership() {
        return ownership;
    }

    @Override
    public String ownerId() {
        return ownership.ownerId();
    }

    @Override
    public String currentTeamId() {
        return assignment == null ? null : assignment.teamId();
    }

    @Override
    public String currentCommuneCode() {
        return assignment != null && assignment.communeCode() != null ? assignment.communeCode() : communeCode;
    }

    /** Changes with every write; a write of a copy older than the stored one fails. Null until first stored. */
    public Long version() {
        return version;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
