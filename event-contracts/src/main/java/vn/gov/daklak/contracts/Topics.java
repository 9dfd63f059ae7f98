package vn.gov.daklak.contracts;

/** Kafka topic names. One event type per topic; the key of every report topic is the report id. */
public final class Topics {
    public static final String REPORT_SUBMITTED = "daklak.report.submitted.v1";
    public static final String REPORT_ROUTED = "daklak.report.routed.v1";
    public static final String REPORT_STATUS_CHANGED = "daklak.report.status-changed.v1";
    public static final String REPORT_ESCALATED = "daklak.report.escalated.v1";
    public static final String REPORT_TRANSFER_REQUESTED = "daklak.report.transfer-requested.v1";
    public static final String REPORT_FOLLOWER_ADDED = "daklak.report.follower-added.v1";
    public static final String NOTIFICATION_REQUESTED = "daklak.notification.requested.v1";
    public static final String NOTIFICATION_DELIVERED = "daklak.notification.delivered.v1";
    public static final String NOTIFICATION_FAILED = "daklak.notification.failed.v1";
    public static final String TEAM_DIRECTORY = "daklak.identity.team-directory.v1";
    public static final String STAFF_DIRECTORY = "daklak.identity.staff-directory.v1";
    public static final String CONTACT_PREFERENCES = "daklak.identity.contact-preferences.v1";

    private Topics() {
    }
}
