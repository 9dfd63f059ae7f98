package vn.gov.daklak.feedback.idempotency;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.platform.security.Caller;

/**
 * {@code Idempotency-Key} on the API's POSTs: the first request with a key is processed and its answer (status,
 * body, {@code Location}) kept; the same key with the same request replays that answer (header
 * {@code Idempotent-Replayed: true}); with a different request it is refused with 422. Keys belong to the caller
 * (the API principal). A request that failed on the server (5xx) frees its key for a retry.
 */
class IdempotencyFilter extends OncePerRequestFilter {
    static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyStore store;
    private final JsonMapper json;

    IdempotencyFilter(IdempotencyStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || Caller.current().isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (!VALID_KEY.matcher(key).matches()) {
            problem(response, HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key",
                    "Idempotency-Key must be 1 to 255 visible ASCII characters, e.g. a UUID.");
            return;
        }
        HttpServletRequest readable = request;
        ByteArrayOutputStream fingerprint = new ByteArrayOutputStream();
        fingerprint.writeBytes((request.getMethod() + " " + request.getRequestURI() + "?"
                + request.getQueryString() + "\n").getBytes(StandardCharsets.UTF_8));
        if (isMultipart(request)) {
            try {
                for (Part part : request.getParts()) {
                    fingerprint.writeBytes((part.getName() + "|" + part.getSubmittedFileName() + "|"
                            + part.getContentType() + "|").getBytes(StandardCharsets.UTF_8));
                    fingerprint.writeBytes(IdempotencyStore.sha256(part.getInputStream().readAllBytes())
                            .getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException | ServletException | IllegalStateException e) {
                chain.doFilter(request, response); // refused upload (e.g. too large): nothing gets created
                return;
            }
        } else {
            byte[] body = request.getInputStream().readAllBytes();
            fingerprint.writeBytes(body);
            readable = new CachedBodyRequest(request, body);
        }
        Caller caller = Caller.current().orElseThrow();
        var claim = store.claim(caller.type().claimValue() + ":" + caller.subject(), key, IdempotencyStore.sha256(fingerprint.toByteArray()));
        if (claim instanceof IdempotencyStore.Mismatch) {
            problem(response, HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request.");
        } else if (claim instanceof IdempotencyStore.Busy) {
            problem(response, HttpStatus.CONFLICT, "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry later.");
        } else if (claim instanceof IdempotencyStore.Replay replay) {
            replay(replay.answer(), response);
        } else {
            process(((IdempotencyStore.Claimed) claim).id(), readable, response, chain);
        }
    }

    private void process(String claimId, HttpServletRequest request, HttpServletResponse response,
                         FilterChain chain) throws IOException, ServletException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recorded);
        } catch (IOException | ServletException | RuntimeException e) {
            store.release(claimId);
            throw e;
        }
        if (recorded.getStatus() >= 500) {
            store.release(claimId);
        } else {
            store.complete(claimId, recorded.getStatus(), recorded.getContentType(),
                    recorded.getHeader(HttpHeaders.LOCATION), recorded.getContentAsByteArray());
        }
        recorded.copyBodyToResponse();
    }

    private static void replay(IdempotencyRecord answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (answer.body() != null) {
            response.getOutputStream().write(answer.body());
        }
    }

    private void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/");
    }
}
