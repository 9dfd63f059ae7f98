package vn.gov.daklak.notification.inbox;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.gov.daklak.notification.dispatch.Notifications;
import vn.gov.daklak.notification.recipients.InboxKeys;
import vn.gov.daklak.notification.recipients.ResidentPreferencesStore;

/**
 * The in-app inbox: what was sent to the caller, on any channel, newest first, and marking it read.
 *
 * <p>Interim identity, until identity-service issues tokens: the caller names themselves with {@code X-Resident-Id}
 * (also finds what went to the phone numbers and e-mails of their contact preferences), {@code X-Staff-Id}, or
 * {@code X-Recipient-Address} (a phone number, an e-mail or a tracking code). Nothing checks these yet, so sign-in
 * codes are never listed.
 */
@RestController
@RequestMapping("/api/v1/me/notifications")
class InboxController {
    static final String RESIDENT = "X-Resident-Id";
    static final String STAFF = "X-Staff-Id";
    static final String ADDRESS = "X-Recipient-Address";
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
    List<InboxEntry> list(@RequestHeader(name = RESIDENT, required = false) String residentId,
                          @RequestHeader(name = STAFF, required = false) String staffId,
                          @RequestHeader(name = ADDRESS, required = false) String address,
                          @RequestParam(defaultValue = "false") boolean unreadOnly,
                          @RequestParam(defaultValue = "50") int limit) {
        Set<String> keys = keys(residentId, staffId, address);
        return notifications.inbox(keys, unreadOnly, Math.max(1, Math.min(limit, MAX_LIMIT))).stream()
                .map(InboxEntry::of).toList();
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(@PathVariable String id,
                                  @RequestHeader(name = RESIDENT, required = false) String residentId,
                                  @RequestHeader(name = STAFF, required = false) String staffId,
                                  @RequestHeader(name = ADDRESS, required = false) String address) {
        if (!notifications.markRead(id, keys(residentId, staffId, address), clock.instant())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No notification " + id + " in this inbox");
        }
        return ResponseEntity.noContent().build();
    }

    private Set<String> keys(String residentId, String staffId, String address) {
        Set<String> keys = new LinkedHashSet<>();
        if (!blank(residentId)) {
            keys.addAll(residents.inboxKeys(residentId));
        }
        if (!blank(staffId)) {
            keys.add(InboxKeys.staff(staffId));
        }
        if (!blank(address)) {
            keys.addAll(InboxKeys.ofAddress(address));
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("Name the inbox with a " + RESIDENT + ", " + STAFF + " or " + ADDRESS
                    + " header");
        }
        return keys;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
