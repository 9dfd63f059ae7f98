package vn.gov.daklak.routing.casefile;

import java.time.Instant;

/**
 * A case the escalation calendar holds for {@code filedFor}, which has come: one of its steps may be due now.
 *
 * @param filedFor the time it was filed under (a deadline, or the moment a change asked for a fresh look)
 */
public record DueCase(RoutingCase routingCase, Instant filedFor) {
}
