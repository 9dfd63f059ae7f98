package vn.gov.daklak.platform.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Small JSON-over-HTTP client for the end-to-end tests, speaking to the services as a channel application or the staff console would (bearer tokens). */
final class PlatformHttp {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    record Response(int status, JsonNode body) {
    }

    Response get(String url) {
        return send(request(url).GET().build());
    }

    /** A JSON POST with an optional bearer token. */
    Response post(String url, String body, String bearerToken) {
        HttpRequest.Builder request = request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return send(request.build());
    }

    /** A JSON PUT with a bearer token. */
    Response put(String url, String body, String bearerToken) {
        return send(request(url).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearerToken)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** A GET with a bearer token. */
    Response get(String url, String bearerToken) {
        return send(request(url).header("Authorization", "Bearer " + bearerToken).GET().build());
    }

    /** An {@code application/x-www-form-urlencoded} POST, as OAuth token requests are. */
    Response postForm(String url, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** The raw body of a GET, for non-JSON answers such as Prometheus metrics. */
    String text(String url) {
        try {
            HttpResponse<String> response = client.send(request(url).setHeader("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() + "\n" + response.body();
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code url} until the body satisfies {@code condition}; returns the last body. */
    JsonNode await(String url, Predicate<JsonNode> condition, Duration timeout) throws InterruptedException {
        return await(url, null, condition, timeout);
    }

    /** Polls {@code url} with a bearer token (or none) until the body satisfies {@code condition}. */
    JsonNode await(String url, String bearerToken, Predicate<JsonNode> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Response last = bearerToken == null ? get(url) : get(url, bearerToken);
        while (!(last.status() == 200 && condition.test(last.body())) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            last = bearerToken == null ? get(url) : get(url, bearerToken);
        }
        if (last.status() != 200 || !condition.test(last.body())) {
            throw new AssertionError("Condition not met within " + timeout + " for " + url + ": " + last);
        }
        return last.body();
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json");
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String body = response.body();
            return new Response(response.statusCode(), body == null || body.isBlank() ? null : json.readTree(body));
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
