package vn.gov.daklak.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.multipart.MultipartException;

import tools.jackson.core.JacksonException;
import vn.gov.daklak.platform.text.TextInputModule;

/**
 * RFC 9457 problem details for bad input, naming every bad field in an {@code errors} array of
 * {@code {field, message}}. Services add their own handlers for domain errors (they take precedence: this one is
 * ordered last). Replaces Boot's own problem-details handler ({@code spring.mvc.problemdetails.enabled} stays off).
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    public record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = java.util.stream.Stream.concat(
                ex.getBindingResult().getFieldErrors().stream()
                        .sorted(Comparator.comparing(FieldError::getField))
                        .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage())),
                ex.getBindingResult().getGlobalErrors().stream()
                        .map(e -> new FieldProblem(e.getObjectName(), e.getDefaultMessage())))
                .toList();
        return badRequest("Invalid request", describe(errors), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(e -> new FieldProblem(
                        r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
                .toList();
        return badRequest("Invalid request", describe(errors), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodyTooLargeException tooLarge = BodyTooLargeException.find(ex);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(PlatformProblems.problem(
                    HttpStatus.CONTENT_TOO_LARGE, "body-too-large", locale(request), tooLarge.maxBytes()));
        }
        if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (jackson.getOriginalMessage() != null
                    && jackson.getOriginalMessage().startsWith(TextInputModule.IllegalCharacters.MESSAGE)) {
                ProblemDetail problem = PlatformProblems.problem(HttpStatus.BAD_REQUEST, "illegal-text",
                        locale(request), field);
                problem.setProperties(Map.of("errors", List.of(new FieldProblem(field,
                        TextInputModule.IllegalCharacters.MESSAGE))));
                return ResponseEntity.badRequest().body(problem);
            }
            List<FieldProblem> errors = List.of(new FieldProblem(field, "has the wrong type or format"));
            return badRequest("Invalid request", describe(errors), errors);
        }
        return badRequest("Malformed request body", "The request body is not valid JSON.", List.of());
    }

    /** A multipart body that cannot be parsed is the client's fault, not a server error. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> handleMultipart(MultipartException ex) {
        return badRequest("Invalid request", "The multipart request body cannot be read.", List.of());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> handleIllegalArgument(IllegalArgumentException ex) {
        return badRequest("Invalid request", ex.getMessage(), List.of());
    }

    private static java.util.Locale locale(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? PlatformProblems.locale(servlet.getRequest())
                : java.util.Locale.forLanguageTag("vi");
    }

    private static ResponseEntity<Object> badRequest(String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperties(Map.of("errors", errors));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String describe(List<FieldProblem> errors) {
        return errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
    }
}
