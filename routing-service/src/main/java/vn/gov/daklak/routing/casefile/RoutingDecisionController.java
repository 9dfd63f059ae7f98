package vn.gov.daklak.routing.casefile;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/routing/decisions")
class RoutingDecisionController {
    private final RoutingCases cases;

    RoutingDecisionController(RoutingCases cases) {
        this.cases = cases;
    }

    @GetMapping("/{reportId}")
    RoutingCaseView get(@PathVariable String reportId) {
        return cases.find(reportId).map(RoutingCaseView::of).orElseThrow(() -> notFound(reportId));
    }

    private static ErrorResponseException notFound(String reportId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No routing decision for report " + reportId + " (unknown, or not routed yet).");
        problem.setTitle("Routing decision not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
