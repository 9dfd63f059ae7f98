package vn.gov.daklak.identity.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 401 as problem details; the detail never echoes what was presented. */
class AdminKeyRejectedException extends ErrorResponseException {

    AdminKeyRejectedException() {
        super(HttpStatus.UNAUTHORIZED, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "This operation needs a valid " + AdminKeyInterceptor.HEADER + " header.");
        problem.setTitle("Unauthorized");
        return problem;
    }
}
