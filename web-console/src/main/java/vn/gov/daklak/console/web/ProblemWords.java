package vn.gov.daklak.console.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.gov.daklak.console.api.ApiProblem;

/**
 * A service's refusal in words ({@code @problems} in templates): what the status means for the person, in the page's
 * language; the service's own {@code detail} is shown beside it.
 */
@Component("problems")
public class ProblemWords {

    private final MessageSource messages;

    ProblemWords(MessageSource messages) {
        this.messages = messages;
    }

    public String words(ApiProblem problem) {
        String key = switch (problem.status()) {
            case 400, 401, 403, 404, 409, 413, 415, 422, 429, 503 -> "problem." + problem.status();
            default -> problem.status() >= 500 ? "problem.5xx" : "problem.other";
        };
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
