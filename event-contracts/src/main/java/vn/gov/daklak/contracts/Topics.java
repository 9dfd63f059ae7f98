package vn.gov.daklak.contracts;

/**
 * Kafka topic names. A report's events share one topic, keyed by the report id, so that every consumer reads them in
 * the order they happened (the {@code ce_type} header tells them apart); every other topic carries one event type.
 */
public final class Topics {
    public static final String REPORT_EVENTS = "daklak.report.events.v1";
    /**
     * The same events for urgent reports (danger to life or property, urgent categories): a lane of their own, so that
     * a backlog of ordinary reports never delays them. All of one report's events travel on one of the two topics,
     * chosen when it is filed ({@link vn.gov.daklak.contracts.report.Lane}).
     */
    public static final String URGENT_REPORT_EVENTS = "daklak.report.urgent-events.v1";
    public static final String NOTIFICATION_REQUESTED = "daklak.notification.requested.v1";
    public static final String NOTIFICATION_DELIVERED = "daklak.notification.delivered.v1";
    public static final String NOTIFICATION_FAILED = "daklak.notification.failed.v1";
    public static final String TEAM_DIRECTORY = "daklak.identity.team-directory.v1";
    public static final String STAFF_DIRECTORY = "daklak.identity.staff-directory.v1";
    public static final String CONTACT_PREFERENCES = "daklak.identity.contact-preferences.v1";

    private Topics() {
    }
}
