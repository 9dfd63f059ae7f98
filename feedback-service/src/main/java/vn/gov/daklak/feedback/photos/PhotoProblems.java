package vn.gov.daklak.feedback.photos;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Rejected pictures as RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = PhotoController.class)
class PhotoProblems {

    @ExceptionHandler(UnsupportedImageException.class)
    ProblemDetail unsupported(UnsupportedImageException e) {
        HttpStatus status = e.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(e.tooLarge() ? "Photo too large" : "Unsupported image type");
        return problem;
    }

    @ExceptionHandler(DecodeBudget.DecoderBusyException.class)
    ProblemDetail busy(DecodeBudget.DecoderBusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Busy");
        return problem;
    }

    @ExceptionHandler(UnreadableImageException.class)
    ProblemDetail unreadable(UnreadableImageException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Unreadable image");
        return problem;
    }
}
