package vn.gov.daklak.feedback.report;

import java.time.Instant;

/**
 * A change of a report that a team's queue feed has yet to record, stored in the report document with the change
 * itself (like the outbox) so that no change is lost between the two writes.
 *
 * @param kind ADDED (the report entered the team's queue), CHANGED, or REMOVED (it went to another team)
 */
public record QueueNotice(String noticeId, String teamId, Kind kind, Instant at) {

    public enum Kind {
        ADDED, CHANGED, REMOVED
    }
}
