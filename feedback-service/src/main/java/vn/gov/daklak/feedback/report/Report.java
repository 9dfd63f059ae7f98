package vn.gov.daklak.feedback.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import java.time.Duration;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.contracts.report.ReporterContact;
import vn.gov.daklak.platform.outbox.OutboxMessage;

/**
 * A resident's report: its content, who has it, its status and its full timeline. Events about it wait in
 * {@link #outbox} and are written with the state change in the same document write.
 */
@Document(Report.COLLECTION)
public class Report {
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
    private List<OutboxMessage> outbox = new ArrayList<>();
    @Version
    private Long version;
    @Transient
    private List<Object> raised = new ArrayList<>();

    /** How long a resident may dispute a resolution; after it the report closes itself. */
    public static final Duration DISPUTE_WINDOW = Duration.ofDays(7);

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
        report.communeCode = submitted.communeCode();
        report.addressText = submitted.addressText();
        report.channel = submitted.channel();
        report.reporter = submitted.reporter();
        report.status = ReportStatus.SUBMITTED;
        report.submittedAt = submitted.submittedAt();
        report.updatedAt = submitted.submittedAt();
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

    /** Records routing's decision; the report becomes ROUTED. */
    public ReportStatusChanged assign(Assignment decided, String eventId, Instant at) {
        assignment = decided;
        assigneeId = null;
        ReportStatusChanged changed = changeStatus(ReportStatus.ROUTED, "routing-service", "SYSTEM",
                decided.reason(), at);
        timeline.set(timeline.size() - 1, new TimelineEntry(at, TimelineEntry.Kind.ROUTED, ReportStatus.ROUTED,
                "routing-service", "Giao " + decided.teamName() + " — " + decided.reason()));
        appliedEventIds.add(eventId);
        return changed;
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
}
