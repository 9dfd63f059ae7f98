package vn.gov.daklak.feedback.open311;

import java.util.List;

import org.springframework.http.HttpStatus;

/** An error answered in the spec's form, {@code [{code, description}]}, with {@code status} (400, 403 or 404). */
class Open311Exception extends RuntimeException {
    private final HttpStatus status;
    private final List<String> descriptions;

    Open311Exception(HttpStatus status, String description) {
        this(status, List.of(description));
    }

    Open311Exception(HttpStatus status, List<String> descriptions) {
        super(String.join("; ", descriptions));
        this.status = status;
        this.descriptions = List.copyOf(descriptions);
    }

    HttpStatus status() {
        return status;
    }

    List<String> descriptions() {
        return descriptions;
    }
}
