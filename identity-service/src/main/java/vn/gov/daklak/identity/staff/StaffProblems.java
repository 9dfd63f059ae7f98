package vn.gov.daklak.identity.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.gov.daklak.platform.web.ProblemDetailsAdvice.FieldProblem;

/** Problem details for the staff directory's own errors. */
@RestControllerAdvice(assignableTypes = StaffController.class)
class StaffProblems {

    @ExceptionHandler
    ProblemDetail notFound(StaffNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Staff member not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail alreadyExists(StaffAlreadyExistsException e) {
        return problem(HttpStatus.CONFLICT, "Staff member already exists", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail changedConcurrently(StaffChangedConcurrentlyException e) {
        return problem(HttpStatus.CONFLICT, "Staff member changed concurrently", e.getMessage());
    }

    /** Same shape as bean-validation errors: one {field, message} per unknown team id. */
    @ExceptionHandler
    ProblemDetail unknownTeams(UnknownTeamsException e) {
        List<FieldProblem> errors = new ArrayList<>();
        for (int i = 0; i < e.teamIds().size(); i++) {
            String teamId = e.teamIds().get(i);
            if (e.unknown().contains(teamId)) {
                errors.add(new FieldProblem("teamIds[" + i + "]", "is not a known team: " + teamId));
            }
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
                errors.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
