package vn.gov.daklak.console.api;

import java.util.List;
import java.util.Map;

/**
 * A service answered with an error: the RFC 9457 problem details it sent ({@code title}, {@code detail} and, for bad
 * input, {@code errors: [{field, message}]}), kept so the page can say in words what went wrong.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<String> fieldErrors;

    public ApiProblem(int status, String title, String detail, List<String> fieldErrors) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    @SuppressWarnings("unchecked")
    static ApiProblem of(int status, Map<String, Object> body) {
        if (body == null) {
            return new ApiProblem(status, null, null, List.of());
        }
        Object errors = body.get("errors");
        List<String> fields = errors instanceof List<?> list ? list.stream()
                .map(e -> e instanceof Map<?, ?> m ? m.get("field") + ": " + m.get("message") : String.valueOf(e))
                .toList() : List.of();
        Object detail = body.containsKey("detail") ? body.get("detail") : body.get("error_description");
        Object title = body.containsKey("title") ? body.get("title") : body.get("error");
        return new ApiProblem(status, title == null ? null : title.toString(),
                detail == null ? null : detail.toString(), fields);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<String> fieldErrors() {
        return fieldErrors;
    }
}
