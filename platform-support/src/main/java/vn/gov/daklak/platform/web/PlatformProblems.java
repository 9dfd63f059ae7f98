package vn.gov.daklak.platform.web;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's own problem details (RFC 9457), worded from the bundle {@code vn/gov/daklak/platform/web/problems}
 * in the caller's language (Vietnamese unless {@code Accept-Language} asks for English), for filters that answer
 * before any controller runs.
 */
public final class PlatformProblems {
    private static final String BUNDLE = "vn.gov.daklak.platform.web.problems";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlatformProblems() {
    }

    public static ProblemDetail problem(HttpStatus status, String key, Locale locale, Object... arguments) {
        ResourceBundle bundle = bundle(locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                new MessageFormat(bundle.getString(key + ".detail"), bundle.getLocale()).format(arguments));
        problem.setTitle(bundle.getString(key + ".title"));
        return problem;
    }

    /** Vietnamese unless the caller prefers English. */
    public static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return VIETNAMESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getRange().startsWith("en")) {
                    return Locale.ENGLISH;
                }
                if (range.getRange().startsWith("vi")) {
                    return VIETNAMESE;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return VIETNAMESE;
        }
        return VIETNAMESE;
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
                      Object... arguments) throws IOException {
        ProblemDetail problem = problem(status, key, locale(request), arguments);
        problem.setInstance(java.net.URI.create(request.getRequestURI().replaceAll("[^A-Za-z0-9/._~-]", "")));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        }
    }
}
