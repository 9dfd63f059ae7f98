package vn.gov.daklak.identity.teams;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details for the team directory's own errors. */
@RestControllerAdvice(assignableTypes = TeamController.class)
class TeamProblems {

    @ExceptionHandler
    ProblemDetail notFound(TeamNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Team not found", e);
    }

    @ExceptionHandler
    ProblemDetail alreadyExists(TeamAlreadyExistsException e) {
        return problem(HttpStatus.CONFLICT, "Team already exists", e);
    }

    @ExceptionHandler
    ProblemDetail changedConcurrently(TeamChangedConcurrentlyException e) {
        return problem(HttpStatus.CONFLICT, "Team changed concurrently", e);
    }

    private static ProblemDetail problem(HttpStatus status, String title, RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(title);
        return problem;
    }
}
