package vn.gov.daklak.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.gov.daklak.contracts.identity.ContactPreferencesChanged;
import vn.gov.daklak.contracts.identity.StaffMemberUpserted;
import vn.gov.daklak.contracts.identity.TeamUpserted;
import vn.gov.daklak.contracts.notification.NotificationDelivered;
import vn.gov.daklak.contracts.notification.NotificationFailed;
import vn.gov.daklak.contracts.notification.NotificationRequested;
import vn.gov.daklak.contracts.report.ReportEscalated;
import vn.gov.daklak.contracts.report.ReportFollowerAdded;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.contracts.report.ReportTransferRequested;

/**
 * Every event of the platform, with its logical type name and topic. The AsyncAPI document lists the same. Every
 * report event goes to {@link Topics#REPORT_EVENTS}, keyed by the report id.
 */
public final class EventCatalog {
    public static final String TYPE_PREFIX = "vn.gov.daklak.feedback.";

    public static final List<EventDescriptor> ALL = List.of(
            event(ReportSubmitted.class, "report.submitted", Topics.REPORT_EVENTS),
            event(ReportRouted.class, "report.routed", Topics.REPORT_EVENTS),
            event(ReportStatusChanged.class, "report.status-changed", Topics.REPORT_EVENTS),
            event(ReportEscalated.class, "report.escalated", Topics.REPORT_EVENTS),
            event(ReportTransferRequested.class, "report.transfer-requested", Topics.REPORT_EVENTS),
            event(ReportFollowerAdded.class, "report.follower-added", Topics.REPORT_EVENTS),
            event(NotificationRequested.class, "notification.requested", Topics.NOTIFICATION_REQUESTED),
            event(NotificationDelivered.class, "notification.delivered", Topics.NOTIFICATION_DELIVERED),
            event(NotificationFailed.class, "notification.failed", Topics.NOTIFICATION_FAILED),
            event(TeamUpserted.class, "identity.team-upserted", Topics.TEAM_DIRECTORY),
            event(StaffMemberUpserted.class, "identity.staff-member-upserted", Topics.STAFF_DIRECTORY),
            event(ContactPreferencesChanged.class, "identity.contact-preferences-changed", Topics.CONTACT_PREFERENCES));

    private static final Map<Class<?>, EventDescriptor> BY_RECORD =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventDescriptor::recordType, Function.identity()));
    private static final Map<String, EventDescriptor> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventDescriptor::type, Function.identity()));

    private EventCatalog() {
    }

    public static EventDescriptor of(Class<?> recordType) {
        EventDescriptor descriptor = BY_RECORD.get(recordType);
        if (descriptor == null) {
            throw new IllegalArgumentException("Not a platform event: " + recordType.getName());
        }
        return descriptor;
    }

    /** The event whose CloudEvents {@code type} this is; empty for a type the platform does not define. */
    public static Optional<EventDescriptor> ofType(String type) {
        return Optional.ofNullable(type == null ? null : BY_TYPE.get(type));
    }

    private static EventDescriptor event(Class<?> recordType, String name, String topic) {
        return new EventDescriptor(recordType, TYPE_PREFIX + name, topic, 1);
    }
}
