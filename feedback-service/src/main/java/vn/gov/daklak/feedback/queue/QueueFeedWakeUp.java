package vn.gov.daklak.feedback.queue;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

import vn.gov.daklak.feedback.report.Report;

/**
 * Writes a report's queue notices to the feeds as soon as it has been saved, on the saving thread, by its id: the
 * caller's next read of the queue sees the change. If that fails the report keeps its notices for the recovery sweep.
 */
@Component
class QueueFeedWakeUp extends AbstractMongoEventListener<Report> {
    private static final Logger log = LoggerFactory.getLogger(QueueFeedWakeUp.class);

    private final QueueFeedWriter writer;

    QueueFeedWakeUp(QueueFeedWriter writer) {
        this.writer = writer;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Report> event) {
        if (event.getDocument() != null && event.getDocument().get("queueNotices") instanceof List<?> notices
                && !notices.isEmpty()) {
            String reportId = event.getDocument().getString("_id");
            try {
                writer.drain(reportId);
            } catch (RuntimeException e) {
                log.warn("Queue feed of report {} not written yet; the recovery sweep will: {}", reportId,
                        e.getMessage());
            }
        }
    }
}
