package vn.gov.daklak.routing.decision;

import vn.gov.daklak.platform.events.RetryableEventException;

/**
 * Not even the province triage team is in the directory yet, usually because the team directory topic has not been
 * read this far. Retryable on purpose: it waits for another topic, which the order of the report topic cannot give;
 * the binder retries with back-off (the report's partition waits meanwhile), and a report is never assigned to nobody.
 */
public class NoTeamAvailableException extends RetryableEventException {
    public NoTeamAvailableException(String reportId) {
        super("No team to route report " + reportId
                + " to: the team directory has no active PROVINCE_TRIAGE team (yet)");
    }
}
