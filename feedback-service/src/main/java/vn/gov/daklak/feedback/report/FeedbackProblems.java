package vn.gov.daklak.feedback.report;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.gov.daklak.feedback.security.ForbiddenException;

/** Domain errors as RFC 9457 problem details. */
@RestControllerAdvice
class FeedbackProblems {

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegalTransition(IllegalTransitionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Illegal status transition");
        problem.setProperty("currentStatus", e.from());
        problem.setProperty("requestedStatus", e.to());
        return problem;
    }

    @ExceptionHandler(ReportRuleViolation.class)
    ProblemDetail ruleViolation(ReportRuleViolation e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Not allowed in the report's current state");
        return problem;
    }

    @ExceptionHandler(ReportNotFoundException.class)
    ProblemDetail notFound(ReportNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Report not found");
        return problem;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }
}
