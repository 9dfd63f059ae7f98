package vn.gov.daklak.feedback.report;

import java.time.Instant;

import vn.gov.daklak.contracts.report.Priority;

/** Who has a report and by when, as decided by routing-service. */
public record Assignment(String communeCode, String communeName, String teamId, String teamName, String teamType,
                         String method, String ruleId, String reason, Priority priority, Instant acknowledgeBy,
                         Instant resolveBy) {

    /** Routing method of a hop made on a team's transfer request ({@code ReportRouted.method}). */
    public static final String TRANSFER = "TRANSFER";

    /** This decision, with the deadlines of {@code previous} where it has none (routing keeps the original ones). */
    Assignment keepingDeadlinesOf(Assignment previous) {
        if (previous == null || acknowledgeBy != null && resolveBy != null) {
            return this;
        }
        return new Assignment(communeCode, communeName, teamId, teamName, teamType, method, ruleId, reason, priority,
                acknowledgeBy == null ? previous.acknowledgeBy() : acknowledgeBy,
                resolveBy == null ? previous.resolveBy() : resolveBy);
    }

    /** The timeline's note for this decision, which follows {@code previous} ({@code transfer}: a hand-over). */
    String describeAfter(Assignment previous, boolean transfer) {
        if (!transfer && !TRANSFER.equals(method)) {
            return "Giao " + teamName + " — " + reason;
        }
        return "Chuyển từ " + (previous == null ? "?" : previous.teamName()) + " sang " + teamName
                + (communeName == null ? "" : " (" + communeName + ")") + " — " + reason;
    }
}
