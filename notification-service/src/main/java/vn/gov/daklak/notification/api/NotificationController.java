package vn.gov.daklak.notification.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.gov.daklak.notification.dispatch.Notifications;

/**
 * Delivery records of a report's notifications, with masked addresses: for province operations and administrators
 * only ({@code SecurityConfiguration}; this service does not keep a report's current team, so it cannot tell which
 * other staff may work on it).
 */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationController {
    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** A report's notifications, oldest first. */
    @GetMapping
    List<NotificationView> byReport(@RequestParam String reportId) {
        if (reportId.isBlank()) {
            throw new IllegalArgumentException("reportId must not be blank");
        }
        return notifications.findByReportId(reportId.trim()).stream().map(NotificationView::of).toList();
    }

    @GetMapping("/{id}")
    NotificationView one(@PathVariable String id) {
        return notifications.findById(id).map(NotificationView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No notification " + id));
    }
}
