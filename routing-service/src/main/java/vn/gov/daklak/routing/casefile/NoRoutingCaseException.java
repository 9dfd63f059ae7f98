package vn.gov.daklak.routing.casefile;

/**
 * A report event for a report this service never routed. A report's events are read in order, so its
 * {@code report.submitted} was not routed here (it is on the dead-letter topic, or older than this service): waiting
 * cannot help. Not retried; the record follows it to the dead-letter topic, in order, for replay.
 */
public class NoRoutingCaseException extends IllegalStateException {

    public NoRoutingCaseException(String reportId, String what) {
        super("Report " + reportId + " has no routing case: its report.submitted was not routed here; " + what
                + " not applied");
    }
}
