package vn.gov.daklak.feedback.open311;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;

/** Open311 errors in the spec's form, in the format of the resource that failed. */
@RestControllerAdvice(basePackageClasses = Open311Errors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {
    private final Open311Renderer renderer;

    Open311Errors(Open311Renderer renderer) {
        this.renderer = renderer;
    }

    @ExceptionHandler(Open311Exception.class)
    ResponseEntity<byte[]> open311(Open311Exception e, HttpServletRequest request) {
        var errors = e.descriptions().stream()
                .map(description -> new Open311Documents.Error(e.status().value(), description)).toList();
        return renderer.render(format(request), e.status(), new Open311Documents.Errors(errors));
    }

    private static Open311Format format(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return Open311Format.lenient(variables instanceof Map<?, ?> map ? (String) map.get("format") : null);
    }
}
