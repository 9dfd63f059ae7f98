package vn.gov.daklak.notification.templates;

import java.util.Set;

/** Keys of the message templates in {@code messages_vi.properties} and {@code messages_en.properties}. */
public final class TemplateKeys {
    public static final String REPORT_RECEIVED = "report.received";
    public static final String REPORT_ROUTED = "report.routed";
    public static final String REPORT_ACKNOWLEDGED = "report.acknowledged";
    public static final String REPORT_NEED_INFO = "report.need-info";
    public static final String REPORT_RESOLVED = "report.resolved";
    public static final String REPORT_REJECTED = "report.rejected";
    public static final String REPORT_REOPENED = "report.reopened";
    public static final String REPORT_CLOSED = "report.closed";
    public static final String REPORT_TRANSFERRED = "report.transferred";
    public static final String OTP_CODE = "otp.code";
    public static final String STAFF_ASSIGNED = "staff.assigned";
    public static final String STAFF_ESCALATED = "staff.escalated";
    public static final String STAFF_CITIZEN_REPLIED = "staff.citizen-replied";

    /** Labels used as parameter values: {@code priority.URGENT}, {@code escalation.COMMUNE_CHAIRMAN}. */
    public static final String PRIORITY_PREFIX = "priority.";
    public static final String ESCALATION_PREFIX = "escalation.";

    /** Formats of values inside templates, not templates themselves. */
    static final String FORMAT_DATE_TIME = "format.date-time";
    static final String DATE_TIME_UNKNOWN = "date-time.unknown";
    static final String NOTE_MISSING = "note.missing";

    /** Texts that must not be shown back over HTTP once stored (they carry a secret). */
    public static final Set<String> SECRET = Set.of(OTP_CODE);

    /** Useless if late: sent at once, even in quiet hours, whatever the requester said. */
    public static final Set<String> ALWAYS_URGENT = Set.of(OTP_CODE);

    private TemplateKeys() {
    }
}
