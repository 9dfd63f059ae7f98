package vn.gov.daklak.routing.casefile;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.daklak.platform.security.Caller;

/**
 * A report's routing case, for the staff who may work on it now: members of the team it is assigned to, the
 * chairman of its commune, province operations and administrators ({@link Caller#mayWorkOn}). Everyone else gets
 * 403, also for a report without a case: only province-wide staff, who may look at any case, learn that a report is
 * unknown (404), so a team cannot probe which report ids exist.
 */
@RestController
@RequestMapping("/api/v1/routing/decisions")
class RoutingDecisionController {
    private final RoutingCases cases;

    RoutingDecisionController(RoutingCases cases) {
        this.cases = cases;
    }

    @GetMapping("/{reportId}")
    RoutingCaseView get(@PathVariable String reportId, Caller caller) {
        RoutingCase routingCase = cases.find(reportId).orElse(null);
        if (routingCase == null) {
            throw caller.isProvinceWide() ? notFound(reportId) : forbidden();
        }
        if (!caller.mayWorkOn(routingCase.current().teamId(), routingCase.current().communeCode())) {
            throw forbidden();
        }
        return RoutingCaseView.of(routingCase);
    }

    private static ErrorResponseException notFound(String reportId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No routing decision for report " + reportId + " (unknown, or not routed yet).");
        problem.setTitle("Routing decision not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    private static ErrorResponseException forbidden() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Only the team the report is assigned to, the chairman of its commune and province operations may "
                        + "see its routing decision.");
        problem.setTitle("Forbidden");
        return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
    }
}
