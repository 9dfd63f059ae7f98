package vn.gov.daklak.notification;

import java.util.List;

import vn.gov.daklak.platform.test.mongo.KeyedAccessExemption;

/**
 * The code of notification-service that may read MongoDB without a key while reports flow, and why (see
 * docs/ARCHITECTURE.md, "Data access by key"). Everything else a test makes the service do must read by key.
 */
final class NotificationKeyedAccess {

    static final List<KeyedAccessExemption> EXEMPTIONS = List.of(
            KeyedAccessExemption.of("vn.gov.daklak.notification.dispatch.MongoNotificationRepository#due",
                    "delivery sweep (scheduled): pending notifications nobody works on, a batch at a time, each "
                            + "then claimed by its _id"),
            KeyedAccessExemption.of("vn.gov.daklak.notification.channels.local.MongoLocalSinkRepository#find",
                    "the local sinks' page for developers (embedded default only): the last messages"));

    private NotificationKeyedAccess() {
    }
}
