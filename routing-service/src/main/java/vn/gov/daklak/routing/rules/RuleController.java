package vn.gov.daklak.routing.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The routing rules in force and their history; {@code PUT} publishes a new version (administrators, with an
 * {@code X-Api-Key} whose SHA-256 is listed in {@code routing.rules.admin-api-key-sha256}).
 */
@RestController
@RequestMapping("/api/v1/routing/rules")
class RuleController {
    private final RuleBook rules;
    private final RulesProperties properties;

    RuleController(RuleBook rules, RulesProperties properties) {
        this.rules = rules;
        this.properties = properties;
    }

    @GetMapping
    RuleSet current() {
        return rules.current();
    }

    @GetMapping("/history")
    List<RuleSet> history() {
        return rules.history();
    }

    @GetMapping("/{version}")
    RuleSet version(@PathVariable long version) {
        return rules.version(version).orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "Unknown rules version",
                "No routing rules version " + version + "."));
    }

    @PutMapping
    RuleSet publish(@RequestHeader(value = "X-Api-Key", required = false) String apiKey,
                    @RequestHeader(value = "X-Actor-Id", required = false) String actor,
                    @RequestBody RuleSetDraft draft) {
        requireAdmin(apiKey);
        return rules.publish(draft, actor == null || actor.isBlank() ? "admin" : actor.strip());
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ProblemDetail concurrentChange(ConcurrencyFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Concurrent change");
        return problem;
    }

    private void requireAdmin(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw problem(HttpStatus.UNAUTHORIZED, "API key required",
                    "Publishing routing rules needs an administrator's X-Api-Key header.");
        }
        if (!properties.adminApiKeySha256().contains(sha256(apiKey.strip()))) {
            throw problem(HttpStatus.FORBIDDEN, "Not allowed", "This API key may not publish routing rules.");
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
