package vn.gov.daklak.feedback.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

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
import vn.gov.daklak.platform.outbox.OutboxMessage;
import vn.gov.daklak.reference.Urgency;

/**
 * A resident's report: its content, who has it, its status and its full timeline. Events about it wait in
 * {@link #outbox} and are written with the state change in the same document write.
 */
@Document(Report.COLLECTION)
public class Report implements ProtectedReport {
    public static final String COLLECTION = "reports";

    @Id
    private String id;
    @Indexed(unique = true)
    private String trackingCode;
    private String categoryCode;
    private String title;
    private String description;
    private GeoPoint location;
    private String communeCode;
    private String addressText;
    private IntakeChannel channel;
    private ReporterContact reporter;
    private ReportStatus status;
    private Assignment assignment;
    private Instant submittedAt;
    private Instant updatedAt;
    private List<TimelineEntry> timeline = new ArrayList<>();
    private List<String> appliedEventIds = new ArrayList<>();
    private String assigneeId;
    private List<InternalNote> internalNotes = new ArrayList<>();
    private String pendingQuestion;
    private String resolution;
    private Instant resolvedAt;
    private String duplicateOf;
    private Rating rating;
    private int reopenCount;
    private String geoCell;
    /** The topic the report's events travel on, chosen once at intake (urgent reports have their own). */
    private Lane lane;
    private List<Photo> photos = new ArrayList<>();
    private List<Follower> followers = new ArrayList<>();
    private List<QueueNotice> queueNotices = new ArrayList<>();
    private List<OutboxMessage> outbox = new ArrayList<>();
    /** The resident (token subject) the report belongs to; null until a report filed for a resident is claimed. */
    private String ownerId;
    /** Who filed it for the resident (staff id or application client id); null when the resident filed it. */
    private String filedBy;
    /** The resident's sign-in assurance when filing ({@code acr}: phone, vneid-1, vneid-2); null when filed for them. */
    private String assurance;
    /** Keyed hash of the phone a report was filed for, to find it when that resident claims it (see PhoneLookup). */
    private String onBehalfPhoneKey;
    @Version
    private Long version;
    @Transient
    private List<Object> raised = new ArrayList<>();

    /** Routing method of a hop made on a team's transfer request ({@code ReportRouted.method}). */
    public static final String TRANSFER = "TRANSFER";

    /** How long a resident may dispute a resolution; after it the report closes itself. */
    public static final Duration DISPUTE_WINDOW = Duration.ofDays(7);

    /** Statuses in which the problem is still being handled: residents may follow it, teams may merge into it. */
    public static final Set<ReportStatus> OPEN = EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.ROUTED,
            ReportStatus.ACKNOWLEDGED, ReportStatus.IN_PROGRESS, ReportStatus.NEED_INFO, ReportStatus.REOPENED,
            ReportStatus.TRANSFERRED);
    private static final Set<ReportStatus> RESIDENT_PHOTO_STATUSES = EnumSet.of(ReportStatus.SUBMITTED,
            ReportStatus.ROUTED, ReportStatus.ACKNOWLEDGED, ReportStatus.IN_PROGRESS, ReportStatus.NEED_INFO,
            ReportStatus.REOPENED);
    private static final Set<ReportStatus> TEAM_PHOTO_STATUSES = EnumSet.of(ReportStatus.ACKNOWLEDGED,
            ReportStatus.IN_PROGRESS, ReportStatus.NEED_INFO, ReportStatus.REOPENED);

    private Report() {
    }

    /** A new report, as accepted at intake; {@code submitted} is the event to publish. */
    public static Report accept(ReportSubmitted submitted) {
        Report report = new Report();
        report.id = submitted.reportId();
        report.trackingCode = submitted.trackingCode();
        report.categoryCode = submitted.categoryCode();
        report.title = submitted.title();
        report.description = submitted.description();
        report.location = submitted.location();
        report.geoCell = GridCell.of(submitted.location());
        report.communeCode = submitted.communeCode();
        report.addressText = submitted.addressText();
        report.channel = submitted.channel();
        report.reporter = submitted.reporter();
        report.status = ReportStatus.SUBMITTED;
        report.submittedAt = submitted.submittedAt();
        report.updatedAt = submitted.submittedAt();
        report.lane = Lane.urgentIf(Urgency.ofReport(submitted.categoryCode(), submitted.title(),
                submitted.description(), submitted.addressText()).isPresent());
        report.timeline.add(new TimelineEntry(submitted.submittedAt(), TimelineEntry.Kind.SUBMITTED,
                ReportStatus.SUBMITTED, "citizen", "Đã tiếp nhận phản ánh qua " + submitted.channel()));
        report.raised.add(submitted);
        return report;
    }

    /** Moves the report to {@code to}, or throws {@link IllegalTransitionException}. */
    public ReportStatusChanged changeStatus(ReportStatus to, String actorId, String actorRole, String note,
                                            Instant at) {
        ReportStatus from = status;
        if (!StatusTransitions.allowed(from, to)) {
            throw new IllegalTransitionException(from, to);
        }
        status = to;
        updatedAt = at;
        timeline.add(new TimelineEntry(at, TimelineEntry.Kind.STATUS_CHANGED, to, actorId, note));
        ReportStatusChanged changed = new ReportStatusChanged(id, from, to, actorId, actorRole, note, teamId(), at);
        raised.add(changed);
        return changed;
    }

    /**
     * Records routing's decision; the report becomes ROUTED. A hop after a transfer ({@link #TRANSFER} method, from
     * TRANSFERRED) names the team it came from; its deadlines are the event's (routing keeps the original ones), or
     * the previous ones if the event has none.
     */
    public ReportStatusChanged assign(Assignment decided, String eventId, Instant at) {
        Assignment previous = assignment;
        boolean transferHop = status == ReportStatus.TRANSFERRED;
        if (!StatusTransitions.allowed(status, ReportStatus.ROUTED)) {
            throw new IllegalTransitionException(status, ReportStatus.ROUTED);
        }
        if (previous != null && (decided.acknowledgeBy() == null || decided.resolveBy() == null)) {
            decided = new Assignment(decided.communeCode(), decided.communeName(), decided.teamId(),
                    decided.teamName(), decided.teamType(), decided.method(), decided.ruleId(), decided.reason(),
                    decided.priority(),
                    decided.acknowledgeBy() == null ? previous.acknowledgeBy() : decided.acknowledgeBy(),
                    decided.resolveBy() == null ? previous.resolveBy() : decided.resolveBy());
        }
        assignment = decided;
        assigneeId = null;
        ReportStatusChanged changed = changeStatus(ReportStatus.ROUTED, "routing-service", "SYSTEM",
                decided.reason(), at);
        String note = transferHop || TRANSFER.equals(decided.method())
                ? "Chuyển từ " + (previous == null ? "?" : previous.teamName()) + " sang " + decided.teamName()
                        + (decided.communeName() == null ? "" : " (" + decided.communeName() + ")") + " — "
                        + decided.reason()
                : "Giao " + decided.teamName() + " — " + decided.reason();
        timeline.set(timeline.size() - 1, new TimelineEntry(at, TimelineEntry.Kind.ROUTED, ReportStatus.ROUTED,
                "routing-service", note));
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
        changeStatus(ReportStatus.TRANSFERRED, staffId, "TEAM_MEMBER", reason, at);
        StringBuilder note = new StringBuilder("Đề nghị chuyển khỏi ").append(assignment.teamName());
        if (toTeamId != null) {
            note.append(", đến tổ ").append(toTeamId);
        }
        if (toCommuneCode != null) {
            note.append(", về xã/phường ").append(toCommuneCode);
        }
        note.append(". Lý do: ").append(reason);
        timeline.set(timeline.size() - 1, new TimelineEntry(at, TimelineEntry.Kind.STATUS_CHANGED,
                ReportStatus.TRANSFERRED, staffId, note.toString()));
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
        resolution = resolutionText;
        resolvedAt = at;
    }

    /**
     * The team resolves the report: besides a legal transition, a resolution needs at least one "after" photo
     * ({@link Photo.Kind#RESOLUTION}) as evidence of what was done.
     */
    public void resolveByTeam(String staffId, String resolutionText, Instant at) {
        if (!StatusTransitions.allowed(status, ReportStatus.RESOLVED)) {
            throw new IllegalTransitionException(status, ReportStatus.RESOLVED);
        }
        if (photos(Photo.Kind.RESOLUTION).isEmpty()) {
            throw new ReportRuleViolation("A resolution needs at least one \"after\" photo: upload it first "
                    + "(POST /api/v1/reports/" + id + "/resolution-photos)");
        }
        resolve(staffId, resolutionText, at);
    }

    /** Whether {@code count} more photos of {@code kind} may be attached now; throws {@link ReportRuleViolation}. */
    public void checkPhotosAllowed(Photo.Kind kind, int count) {
        Set<ReportStatus> allowed = kind == Photo.Kind.REPORT ? RESIDENT_PHOTO_STATUSES : TEAM_PHOTO_STATUSES;
        if (!allowed.contains(status)) {
            throw new ReportRuleViolation((kind == Photo.Kind.REPORT ? "The resident's" : "\"After\"")
                    + " photos cannot be added to a report in status " + status);
        }
        if (photos(kind).size() + count > Photo.MAX_PER_KIND) {
            throw new ReportRuleViolation("At most " + Photo.MAX_PER_KIND + " photos of kind " + kind
                    + " per report; it has " + photos(kind).size());
        }
    }

    public void addPhoto(Photo photo) {
        checkPhotosAllowed(photo.kind(), 1);
        photos.add(photo);
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
        if (Follower.samePerson(contact, reporter)
                || followers.stream().anyMatch(f -> Follower.samePerson(f.contact(), contact))) {
            return Optional.empty();
        }
        followers.add(new Follower(contact, mergedFromReportId, at));
        ReportFollowerAdded added = new ReportFollowerAdded(id, contact, mergedFromReportId, at);
        raised.add(added);
        return Optional.of(added);
    }

    /** Everybody to tell about this report: its reporter and its followers. */
    public List<ReporterContact> residents() {
        List<ReporterContact> all = new ArrayList<>();
        if (reporter != null) {
            all.add(reporter);
        }
        followers.forEach(f -> all.add(f.contact()));
        return all;
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

    /** Sets the grid cell from the location (reports stored before the field existed get it on their next save). */
    public void locateInGrid() {
        geoCell = GridCell.of(location);
    }

    /** Records that the queue of {@code teamId} has to show this change (see {@link QueueNotice}). */
    public void noteQueueChange(String teamId, QueueNotice.Kind kind, Instant at) {
        queueNotices.add(new QueueNotice(UUID.randomUUID().toString(), teamId, kind, at));
    }

    /** The resident accepts the resolution. */
    public void confirm(Instant at) {
        changeStatus(ReportStatus.CLOSED, "citizen", "CITIZEN", "Người dân xác nhận đã xử lý xong", at);
    }

    /** The resident disputes the resolution within {@link #DISPUTE_WINDOW}; it goes back to the same team. */
    public void reopen(String reason, Instant at) {
        if (status == ReportStatus.RESOLVED && resolvedAt.plus(DISPUTE_WINDOW).isBefore(at)) {
            throw new ReportRuleViolation("A resolution can be disputed only within 7 days");
        }
        changeStatus(ReportStatus.REOPENED, "citizen", "CITIZEN", reason, at);
        reopenCount++;
    }

    /** Closes a resolution nobody confirmed or disputed within the window; false if it is not due. */
    public boolean closeIfUndisputed(Instant now) {
        if (status != ReportStatus.RESOLVED || resolvedAt.plus(DISPUTE_WINDOW).isAfter(now)) {
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
        timeline.add(new TimelineEntry(at, TimelineEntry.Kind.RATED, status, "citizen", score + "/5"));
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
        timeline.add(new TimelineEntry(at, TimelineEntry.Kind.EDITED, status, "citizen", "Người dân sửa nội dung"));
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
        timeline.add(new TimelineEntry(at, TimelineEntry.Kind.ASSIGNED, status, byStaffId,
                "Phân công cán bộ " + memberId));
    }

    public void addInternalNote(String staffId, String text, Instant at) {
        internalNotes.add(new InternalNote(at, staffId, text));
    }

    /** Events raised since the last call, to be written to the outbox with this change. */
    public List<Object> takeRaisedEvents() {
        List<Object> events = List.copyOf(raised);
        raised.clear();
        return events;
    }

    public void raise(Object event) {
        raised.add(event);
    }

    /** Adds a notification outcome to the timeline, so the resident sees "sent by SMS at ...". */
    public void recordNotification(boolean delivered, String note, String eventId, Instant at) {
        timeline.add(new TimelineEntry(at,
                delivered ? TimelineEntry.Kind.NOTIFIED : TimelineEntry.Kind.NOTIFICATION_FAILED, status,
                "notification-service", note));
        appliedEventIds.add(eventId);
    }

    public boolean hasApplied(String eventId) {
        return appliedEventIds.contains(eventId);
    }

    public void queue(OutboxMessage message) {
        outbox.add(message);
    }

    private String teamId() {
        return assignment == null ? null : assignment.teamId();
    }

    public String id() {
        return id;
    }

    public String trackingCode() {
        return trackingCode;
    }

    /** Reports filed before lanes existed travel on the ordinary one. */
    public Lane lane() {
        return lane == null ? Lane.ORDINARY : lane;
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
        return List.copyOf(timeline);
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

    public String resolution() {
        return resolution;
    }

    public Instant resolvedAt() {
        return resolvedAt;
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

    public String geoCell() {
        return geoCell;
    }

    public List<Photo> photos() {
        return List.copyOf(photos);
    }

    public List<Photo> photos(Photo.Kind kind) {
        return photos.stream().filter(p -> p.kind() == kind).toList();
    }

    public List<Follower> followers() {
        return List.copyOf(followers);
    }

    public List<QueueNotice> queueNotices() {
        return List.copyOf(queueNotices);
    }

    /** Who filed the report and for whom (see the fields); set once, at intake. */
    public void recordFiling(String owner, String filer, String acr, String phoneKey) {
        ownerId = owner;
        filedBy = filer;
        assurance = acr;
        onBehalfPhoneKey = phoneKey;
    }

    @Override
    public String ownerId() {
        return ownerId;
    }

    public String filedBy() {
        return filedBy;
    }

    public String assurance() {
        return assurance;
    }

    public String onBehalfPhoneKey() {
        return onBehalfPhoneKey;
    }

    @Override
    public String currentTeamId() {
        return assignment == null ? null : assignment.teamId();
    }

    @Override
    public String currentCommuneCode() {
        return assignment != null && assignment.communeCode() != null ? assignment.communeCode() : communeCode;
    }

    public Long version() {
        return version;
    }
}
