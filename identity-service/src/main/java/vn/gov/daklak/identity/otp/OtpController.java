package vn.gov.daklak.identity.otp;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

/**
 * Step 1 of phone sign-in: {@code POST /api/v1/auth/otp} sends a code and answers 202 with the challenge id. Step 2
 * is the token endpoint with the phone-code grant (see {@link PhoneOtpGrantConverter}).
 */
@RestController
@RequestMapping("/api/v1/auth/otp")
class OtpController {
    private final OtpService otp;

    OtpController(OtpService otp) {
        this.otp = otp;
    }

    @PostMapping
    ResponseEntity<OtpService.Started> start(@Valid @RequestBody OtpRequest request, HttpServletRequest http) {
        return ResponseEntity.accepted().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(otp.start(request.phone(), request.clientId(), request.language(), http.getRemoteAddr()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rejected(OtpRejectedException e) {
        HttpStatus status = switch (e.reason()) {
            case RATE_LIMITED, LOCKED -> HttpStatus.TOO_MANY_REQUESTS;
            default -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(status == HttpStatus.TOO_MANY_REQUESTS ? "Too many requests" : "Invalid request");
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
        }
        return response.body(problem);
    }
}
