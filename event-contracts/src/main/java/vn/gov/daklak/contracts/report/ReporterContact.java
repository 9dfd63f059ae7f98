package vn.gov.daklak.contracts.report;

import vn.gov.daklak.contracts.notification.Channel;

/**
 * How to reach the resident who filed a report. Carried only on {@code report.submitted} and, for a resident who
 * follows a report, {@code report.follower-added}, which the notification service needs; no other event repeats it.
 */
public record ReporterContact(String name, String phone, String email, String zaloUserId,
                              Channel preferredChannel, String language) {
}
