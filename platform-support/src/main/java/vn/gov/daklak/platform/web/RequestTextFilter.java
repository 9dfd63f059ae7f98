package vn.gov.daklak.platform.web;

import java.io.IOException;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import vn.gov.daklak.platform.text.XmlCharacters;

/**
 * Refuses, with 400 problem details, a request whose query or form parameters (names and values) or uploaded file
 * names hold a character {@link XmlCharacters} does not allow, before any controller sees them. JSON bodies are
 * checked as they are read ({@code TextInputModule}).
 */
public class RequestTextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String illegal;
        try {
            illegal = illegalParameter(request);
            if (illegal == null) {
                illegal = illegalFileName(request);
            }
        } catch (IOException | ServletException | RuntimeException unparseable) {
            if (tooLarge(unparseable)) {
                chain.doFilter(request, response); // the container keeps the failure: MVC answers it with 413
                return;
            }
            // e.g. a file name with a NUL, which the container refuses to parse: the client's fault, not a 500
            PlatformProblems.write(request, response, HttpStatus.BAD_REQUEST, "malformed-parameters");
            return;
        }
        if (illegal != null) {
            PlatformProblems.write(request, response, HttpStatus.BAD_REQUEST, "illegal-text", illegal);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException")
                    || name.contains("FileCountLimitExceeded")) {
                return true;
            }
        }
        return false;
    }

    private static String illegalParameter(HttpServletRequest request) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!XmlCharacters.isClean(parameter.getKey())) {
                return "A parameter name";
            }
            for (String value : parameter.getValue()) {
                if (!XmlCharacters.isClean(value)) {
                    return XmlCharacters.strip(parameter.getKey());
                }
            }
        }
        return null;
    }

    private static String illegalFileName(HttpServletRequest request) throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        for (Part part : request.getParts()) {
            if (!XmlCharacters.isClean(part.getName())) {
                return "A part name";
            }
            if (!XmlCharacters.isClean(part.getSubmittedFileName())) {
                return XmlCharacters.strip(part.getName()) + " (file name)";
            }
        }
        return null;
    }
}
