package vn.gov.daklak.contracts.report;

import vn.gov.daklak.contracts.Topics;

/**
 * The topic a report's events travel on, chosen once when it is filed: urgent reports have a lane of their own, so
 * that they are routed and their teams alerted ahead of a backlog of ordinary ones. Every event of one report uses
 * the same lane, which keeps them in order.
 */
public enum Lane {
    ORDINARY(Topics.REPORT_EVENTS),
    URGENT(Topics.URGENT_REPORT_EVENTS);

    private final String topic;

    Lane(String topic) {
        this.topic = topic;
    }

    public String topic() {
        return topic;
    }

    public static Lane urgentIf(boolean urgent) {
        return urgent ? URGENT : ORDINARY;
    }

    /** The lane of a record received from {@code topic}; ORDINARY for any other topic or none. */
    public static Lane ofTopic(String topic) {
        return URGENT.topic.equals(topic) ? URGENT : ORDINARY;
    }
}
