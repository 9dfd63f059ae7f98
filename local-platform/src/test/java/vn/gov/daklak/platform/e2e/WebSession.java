package vn.gov.daklak.platform.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session with the web console, without the browser: a cookie jar, redirects not followed (so a test
 * sees 302 and 403 as they are), and the CSRF token read from the last page, sent with forms unless told not to.
 */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CHALLENGE = Pattern.compile("name=\"challengeId\" value=\"([^\"]+)\"");

    record Page(int status, String location, String body) {
    }

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private String csrf;

    WebSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Page get(String path) {
        Page page = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
        Matcher token = CSRF.matcher(page.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return page;
    }

    /** A form post with the CSRF token of the last page read. */
    Page post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.put("_csrf", csrf);
        }
        return postWithout(path, fields);
    }

    /** A form post exactly as given: without a CSRF token unless {@code form} has one. */
    Page postWithout(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        Page page = send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        Matcher token = CSRF.matcher(page.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return page;
    }

    /** The phone-code sign-in through the console's forms. */
    WebSession signIn(String kind, String phone, PlatformSignIn codes) throws InterruptedException {
        get("/sign-in?kind=" + kind);
        int before = codes.smsCount(phone);
        Page codeForm = post("/sign-in/code", Map.of("kind", kind, "phone", phone));
        Matcher challenge = CHALLENGE.matcher(codeForm.body());
        if (!challenge.find()) {
            throw new AssertionError("No code form: " + codeForm);
        }
        Page signedIn = post("/sign-in/verify", Map.of("kind", kind, "challengeId", challenge.group(1),
                "code", codes.codeAfter(phone, before)));
        if (signedIn.status() != 302) {
            throw new AssertionError("Sign-in refused: " + signedIn.status() + " " + signedIn.body());
        }
        return this;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
