package vn.gov.daklak.notification.dispatch;

public enum NotificationStatus {
    /** Stored, not yet accepted by a provider; the dispatcher or the sweep will send it. */
    PENDING,
    SENT,
    /** Given up: rejected permanently, or every attempt failed. */
    FAILED
}
