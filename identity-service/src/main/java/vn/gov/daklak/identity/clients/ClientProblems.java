package vn.gov.daklak.identity.clients;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice(assignableTypes = ClientController.class)
class ClientProblems {

    @ExceptionHandler
    ProblemDetail notFound(ClientNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Channel application not found", e);
    }

    @ExceptionHandler
    ProblemDetail alreadyExists(ClientAlreadyExistsException e) {
        return problem(HttpStatus.CONFLICT, "Channel application already exists", e);
    }

    private static ProblemDetail problem(HttpStatus status, String title, RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(title);
        return problem;
    }
}
