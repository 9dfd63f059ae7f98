package vn.gov.daklak.routing.decision;

import vn.gov.daklak.contracts.report.Priority;

/** A priority and, when it is not the default, why (Vietnamese; empty for a plain NORMAL). */
record PriorityAssessment(Priority priority, String reason) {
}
