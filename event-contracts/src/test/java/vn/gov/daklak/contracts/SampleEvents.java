package vn.gov.daklak.contracts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import vn.gov.daklak.contracts.identity.ContactPreferencesChanged;
import vn.gov.daklak.contracts.identity.StaffMemberUpserted;
import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.contracts.identity.TeamUpserted;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.NotificationDelivered;
import vn.gov.daklak.contracts.notification.NotificationFailed;
import vn.gov.daklak.contracts.notification.NotificationRequested;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.contracts.report.EscalationLevel;
import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportEscalated;
import vn.gov.daklak.contracts.report.ReportFollowerAdded;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.contracts.report.ReportTransferRequested;
import vn.gov.daklak.contracts.report.ReporterContact;

/**
 * One realistic instance of every platform event, with Vietnamese text as residents and staff write it. Add a factory
 * here for every new {@link EventCatalog} entry: {@code EventSchemaTest} fails for an event without one.
 */
public final class SampleEvents {

    public static final String REPORT_ID = "01JB7Q4Z8K2M3N4P5Q6R7S8T9V";
    public static final String TEAM_ID = "team-bmt-tan-lap-cds";
    public static final String STAFF_ID = "staff-0042";
    public static final String RESIDENT_ID = "resident-7781";
    public static final String COMMUNE_CODE = "24121";

    private static final Map<Class<?>, Supplier<Record>> FACTORIES = new LinkedHashMap<>();

    static {
        FACTORIES.put(ReportSubmitted.class, SampleEvents::reportSubmitted);
        FACTORIES.put(ReportRouted.class, SampleEvents::reportRouted);
        FACTORIES.put(ReportStatusChanged.class, SampleEvents::reportStatusChanged);
        FACTORIES.put(ReportEscalated.class, SampleEvents::reportEscalated);
        FACTORIES.put(ReportTransferRequested.class, SampleEvents::reportTransferRequested);
        FACTORIES.put(ReportFollowerAdded.class, SampleEvents::reportFollowerAdded);
        FACTORIES.put(NotificationRequested.class, SampleEvents::notificationRequested);
        FACTORIES.put(NotificationDelivered.class, SampleEvents::notificationDelivered);
        FACTORIES.put(NotificationFailed.class, SampleEvents::notificationFailed);
        FACTORIES.put(TeamUpserted.class, SampleEvents::teamUpserted);
        FACTORIES.put(StaffMemberUpserted.class, SampleEvents::staffMemberUpserted);
        FACTORIES.put(ContactPreferencesChanged.class, SampleEvents::contactPreferencesChanged);
    }

    private SampleEvents() {
    }

    /** The record types that have a sample. */
    public static Map<Class<?>, Supplier<Record>> factories() {
        return Map.copyOf(FACTORIES);
    }

    /** A sample of the given event record type; fails when nobody wrote one. */
    public static Record of(Class<?> recordType) {
        Supplier<Record> factory = FACTORIES.get(recordType);
        if (factory == null) {
            throw new IllegalArgumentException("No sample event for " + recordType.getName()
                    + ": add a factory method to " + SampleEvents.class.getSimpleName());
        }
        return factory.get();
    }

    public static ReportSubmitted reportSubmitted() {
        return new ReportSubmitted(REPORT_ID, "DL-2025-000123", "INFRA_STREETLIGHT",
                "Đèn đường hỏng ở phường Buôn Ma Thuột",
                "Ba cột đèn trên đường Lê Duẩn, đoạn gần ngã sáu, không sáng từ tối thứ Hai. Đường rất tối, xe máy dễ va quệt.",
                new GeoPoint(12.6797, 108.0447), COMMUNE_CODE, "123 Lê Duẩn, phường Buôn Ma Thuột, Đắk Lắk",
                IntakeChannel.PROVINCE_APP,
                new ReporterContact("Nguyễn Văn Hùng", "+84905123456", null, "zalo-5566778899", Channel.ZALO, "vi"),
                Instant.parse("2025-11-03T01:15:30Z"), "vneid-2");
    }

    public static ReportRouted reportRouted() {
        return new ReportRouted(REPORT_ID, COMMUNE_CODE, "Phường Buôn Ma Thuột", TEAM_ID,
                "Tổ công nghệ số cộng đồng phường Buôn Ma Thuột", TeamType.COMMUNITY_DIGITAL.name(), "POINT_IN_POLYGON",
                "rule-streetlight-commune", "Vị trí nằm trong ranh giới phường Buôn Ma Thuột; loại phản ánh Đèn đường giao cho tổ CĐS.",
                Priority.NORMAL, Instant.parse("2025-11-03T05:15:30Z"), Instant.parse("2025-11-06T01:15:30Z"),
                Instant.parse("2025-11-03T01:15:32Z"));
    }

    public static ReportStatusChanged reportStatusChanged() {
        return new ReportStatusChanged(REPORT_ID, ReportStatus.IN_PROGRESS, ReportStatus.RESOLVED, STAFF_ID,
                "TEAM_MEMBER", "Điện lực Đắk Lắk đã thay bóng và sửa tủ điện; đèn sáng lại từ 18 giờ ngày 04/11.", TEAM_ID,
                Instant.parse("2025-11-04T11:02:00Z"));
    }

    public static ReportEscalated reportEscalated() {
        return new ReportEscalated(REPORT_ID, EscalationLevel.COMMUNE_CHAIRMAN,
                "Quá hạn xử lý: tổ chưa giải quyết phản ánh trước thời hạn.", COMMUNE_CODE, TEAM_ID,
                Instant.parse("2025-11-06T01:15:30Z"), Instant.parse("2025-11-06T01:16:00Z"));
    }

    public static ReportFollowerAdded reportFollowerAdded() {
        return new ReportFollowerAdded(REPORT_ID,
                new ReporterContact("Lê Thị Mai", "0935111222", null, null, Channel.SMS, "vi"),
                "01JB7Q9A1B2C3D4E5F6G7H8J9K", Instant.parse("2025-11-03T08:40:00Z"));
    }

    public static ReportTransferRequested reportTransferRequested() {
        return new ReportTransferRequested(REPORT_ID, TEAM_ID, null, "24133",
                "Đoạn đường Lê Duẩn này thuộc phường Buôn Ma Thuột, không thuộc phường Tân Lập.", STAFF_ID,
                Instant.parse("2025-11-03T02:30:00Z"));
    }

    public static NotificationRequested notificationRequested() {
        return new NotificationRequested("req-otp-20251103-0001", RecipientKind.CITIZEN, RESIDENT_ID, Channel.SMS,
                "+84905123456", "auth.otp", Map.of("code", "482913", "ttlMinutes", "5",
                        "greeting", "Xin chào anh Hùng"), "vi", true, null, Instant.parse("2025-11-03T01:00:00Z"));
    }

    public static NotificationDelivered notificationDelivered() {
        return new NotificationDelivered("ntf-0001", REPORT_ID, RecipientKind.CITIZEN, Channel.ZALO,
                "report.resolved", "zns-998877", Instant.parse("2025-11-04T11:02:05Z"));
    }

    public static NotificationFailed notificationFailed() {
        return new NotificationFailed("ntf-0002", REPORT_ID, RecipientKind.STAFF, Channel.SMS, "staff.report-assigned",
                "Nhà mạng từ chối: số điện thoại không tồn tại", true, Instant.parse("2025-11-03T01:15:40Z"));
    }

    public static TeamUpserted teamUpserted() {
        return new TeamUpserted(TEAM_ID, "Tổ công nghệ số cộng đồng phường Buôn Ma Thuột", TeamType.COMMUNITY_DIGITAL,
                COMMUNE_CODE, true, Instant.parse("2025-10-01T02:00:00Z"));
    }

    public static StaffMemberUpserted staffMemberUpserted() {
        return new StaffMemberUpserted(STAFF_ID, "Trần Thị Thu Hường", List.of("TEAM_MEMBER", "TEAM_LEAD"),
                List.of(TEAM_ID), Channel.ZALO, "+84912345678", "huong.ttt@daklak.gov.vn", true,
                Instant.parse("2025-10-01T02:05:00Z"));
    }

    public static ContactPreferencesChanged contactPreferencesChanged() {
        return new ContactPreferencesChanged(RESIDENT_ID, Channel.ZALO, "+84905123456", "hung.nv@example.vn",
                "zalo-5566778899", "vi", "22:00", "06:00", Instant.parse("2025-11-02T14:30:00Z"));
    }
}
