package vn.gov.daklak.feedback.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
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
    private List<OutboxMessage> outbox = new ArrayList<>();
    @Version
    private Long version;

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
        return new ReportStatusChanged(id, from, to, actorId, actorRole, note, teamId(), at);
    }

    /** Records routing's decision; the report becomes ROUTED. */
    public ReportStatusChanged assign(Assignment decided, String eventId, Instant at) {
        ReportStatusChanged changed = changeStatus(ReportStatus.ROUTED, "routing-service", "SYSTEM",
                decided.reason(), at);
        assignment = decided;
        timeline.set(timeline.size() - 1, new TimelineEntry(at, TimelineEntry.Kind.ROUTED, ReportStatus.ROUTED,
                "routing-service", "Giao " + decided.teamName() + " — " + decided.reason()));
        appliedEventIds.add(eventId);
        return new ReportStatusChanged(id, changed.from(), changed.to(), changed.actorId(), changed.actorRole(),
                changed.note(), decided.teamId(), at);
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
}
