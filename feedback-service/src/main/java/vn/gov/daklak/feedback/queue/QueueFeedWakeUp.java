package vn.gov.daklak.feedback.queue;

import java.util.List;

import org.springframework.context.ApplicationListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

import vn.gov.daklak.feedback.report.Report;

/** Wakes the feed writer as soon as a report with pending queue notices has been saved. */
@Component
class QueueFeedWakeUp implements ApplicationListener<AfterSaveEvent<Report>> {
    private final QueueFeedWriter writer;

    QueueFeedWakeUp(QueueFeedWriter writer) {
        this.writer = writer;
    }

    @Override
    public void onApplicationEvent(AfterSaveEvent<Report> event) {
        if (event.getDocument() != null && event.getDocument().get("queueNotices") instanceof List<?> notices
                && !notices.isEmpty()) {
            writer.wakeUp();
        }
    }
}
