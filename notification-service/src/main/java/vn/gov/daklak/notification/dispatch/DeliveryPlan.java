package vn.gov.daklak.notification.dispatch;

import java.util.List;
import java.util.Set;

import vn.gov.daklak.notification.recipients.QuietHours;
import vn.gov.daklak.notification.recipients.Route;

/**
 * How a notification is to be delivered, fixed when it is created.
 *
 * @param urgent     goes out at once, even in quiet hours (sign-in codes, urgent reports)
 * @param quietHours the recipient's own quiet hours, null for the service's
 * @param routes     the channels to try in order (Zalo → SMS → e-mail); the first is the notification's own
 * @param inboxKeys  whose in-app inbox shows it
 */
public record DeliveryPlan(boolean urgent, QuietHours quietHours, List<Route> routes, Set<String> inboxKeys) {

    public DeliveryPlan {
        routes = routes == null ? List.of() : List.copyOf(routes);
        inboxKeys = inboxKeys == null ? Set.of() : Set.copyOf(inboxKeys);
    }
}
