package vn.gov.daklak.notification.inbox;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.gov.daklak.notification.dispatch.Notifications;
import vn.gov.daklak.notification.recipients.InboxKeys;
import vn.gov.daklak.notification.recipients.ResidentPreferencesStore;
import vn.gov.daklak.platform.security.Caller;

/**
 * The in-app inbox: what was sent to the caller, on any channel, newest first, and marking it read.
 *
 * <p>Whose inbox is the access token's: a resident's token opens the resident's (their id and the phone number and
 * e-mail address their contact preferences hold now, each verified by identity-service, see
 * {@link ResidentPreferencesStore#inboxKeys}), a staff
 * member's token their staff inbox. Applications acting for themselves have none ({@code SecurityConfiguration}
 * refuses them with 403). Marking read a notification that is not in the caller's inbox, someone else's included,
 * is a 404, so nobody learns whether it exists. Sign-in codes are never listed.
 */
@RestController
@RequestMapping("/api/v1/me/notifications")
class InboxController {
    private static final int MAX_LIMIT = 200;

    private final Notifications notifications;
    private final ResidentPreferencesStore residents;
    private final Clock clock;

    InboxController(Notifications notifications, ResidentPreferencesStore residents, Clock clock) {
        this.notifications = notifications;
        this.residents = residents;
        this.clock = clock;
    }

    @GetMapping
    List<InboxEntry> list(Caller caller, @RequestParam(defaultValue = "false") boolean unreadOnly,
                          @RequestParam(defaultValue = "50") int limit) {
        return notifications.inbox(keys(caller), unreadOnly, Math.max(1, Math.min(limit, MAX_LIMIT))).stream()
                .map(InboxEntry::of).toList();
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(@PathVariable String id, Caller caller) {
        if (!notifications.markRead(id, keys(caller), clock.instant())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No notification " + id + " in this inbox");
        }
        return ResponseEntity.noContent().build();
    }

    /** The caller's inbox keys; the security rules let only residents and staff with a subject get here. */
    private Set<String> keys(Caller caller) {
        if (caller.subject() == null || caller.subject().isBlank()) {
            throw new AccessDeniedException("The access token names nobody");
        }
        if (caller.isResident()) {
            return residents.inboxKeys(caller.subject());
        }
        if (caller.isStaff()) {
            return Set.of(InboxKeys.staff(caller.subject()));
        }
        throw new AccessDeniedException("Only residents and staff have an inbox");
    }
}
