package vn.gov.daklak.platform.audit;

/**
 * What to read from the audit log: null filters match everything; at most {@code limit} entries, newest first or, for
 * the history of one target, oldest first.
 */
public record AuditQuery(String actor, String action, String target, int limit, boolean oldestFirst) {

    public AuditQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        actor = blankToNull(actor);
        action = blankToNull(action);
        target = blankToNull(target);
    }

    /** The latest entries, newest first. */
    public static AuditQuery newestFirst(String actor, String action, int limit) {
        return new AuditQuery(actor, action, null, limit, false);
    }

    /** What was done to {@code target} (e.g. a report), in the order it was done. */
    public static AuditQuery historyOf(String target, String actor, String action, int limit) {
        return new AuditQuery(actor, action, target, limit, true);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
