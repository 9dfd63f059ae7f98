package vn.gov.daklak.feedback.assignment;

import java.time.Clock;

import org.springframework.stereotype.Service;

import vn.gov.daklak.contracts.notification.NotificationDelivered;
import vn.gov.daklak.contracts.notification.NotificationFailed;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.feedback.report.Assignment;
import vn.gov.daklak.feedback.report.ReportChanges;

/**
 * Applies what other services decided about a report: routing's assignment, notification outcomes. Each event is
 * applied once (its id is recorded in the report in the same write).
 */
@Service
class ReportAssignment {
    private final ReportChanges changes;
    private final Clock clock;

    ReportAssignment(ReportChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    void routed(String eventId, ReportRouted routed) {
        var assignment = new Assignment(routed.communeCode(), routed.communeName(), routed.teamId(),
                routed.teamName(), routed.teamType(), routed.method(), routed.ruleId(), routed.reason(),
                routed.priority(), routed.acknowledgeBy(), routed.resolveBy());
        changes.apply(routed.reportId(), report -> {
            if (!report.hasApplied(eventId)) {
                report.assign(assignment, eventId, clock.instant());
            }
        });
    }

    void delivered(String eventId, NotificationDelivered delivered) {
        String note = "Đã gửi thông báo qua " + delivered.channel() + " (" + delivered.templateKey() + ")";
        changes.apply(delivered.reportId(), report -> {
            if (!report.hasApplied(eventId)) {
                report.recordNotification(true, note, eventId, delivered.deliveredAt());
            }
        });
    }

    void failed(String eventId, NotificationFailed failed) {
        String note = "Không gửi được thông báo qua " + failed.channel() + ": " + failed.reason();
        changes.apply(failed.reportId(), report -> {
            if (!report.hasApplied(eventId)) {
                report.recordNotification(false, note, eventId, failed.failedAt());
            }
        });
    }
}
