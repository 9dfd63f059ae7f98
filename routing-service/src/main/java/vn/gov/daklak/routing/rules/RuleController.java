package vn.gov.daklak.routing.rules;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.daklak.platform.security.Caller;

/**
 * The routing rules in force and their history (province operations and administrators); {@code PUT} publishes a
 * new version (province administrators only, recorded as {@code createdBy} = their staff id). Who may call what is
 * in {@code security.SecurityConfiguration}.
 */
@RestController
@RequestMapping("/api/v1/routing/rules")
class RuleController {
    private final RuleBook rules;

    RuleController(RuleBook rules) {
        this.rules = rules;
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
    RuleSet publish(Caller admin, @RequestBody RuleSetDraft draft) {
        return rules.publish(draft, admin.subject());
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ProblemDetail concurrentChange(ConcurrencyFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Concurrent change");
        return problem;
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
