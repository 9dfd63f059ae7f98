package vn.gov.daklak.notification.channels.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import vn.gov.daklak.notification.channels.DeliveryException;

/**
 * The HTTP side of a provider: connect and call timeouts, and the translation of what comes back into
 * {@link DeliveryException}s — timeouts, connection failures, 408, 425 and 5xx are transient, 429 is throttling
 * (with its {@code Retry-After}), the provider's permanent statuses are permanent, anything else transient.
 */
public final class ProviderHttp {
    private final String provider;
    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;

    public ProviderHttp(String provider, Duration connectTimeout, Duration timeout, Clock clock) {
        this.provider = provider;
        this.timeout = timeout;
        this.clock = clock;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** POSTs {@code body}; any answer is returned, only failures to get one are thrown. */
    public HttpResponse<String> post(URI uri, Map<String, String> headers, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw DeliveryException.transientFailure(provider + ": no answer within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw DeliveryException.transientFailure(provider + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.transientFailure(provider + ": interrupted", e);
        }
    }

    /**
     * The failure a non-success status means.
     *
     * @param permanentStatuses the statuses this provider uses for "this message can never be sent"
     */
    public DeliveryException failure(HttpResponse<String> response, Set<Integer> permanentStatuses) {
        int status = response.statusCode();
        String detail = provider + ": HTTP " + status + excerpt(response.body());
        if (status == 429) {
            return DeliveryException.throttled(detail,
                    RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock));
        }
        if (permanentStatuses.contains(status)) {
            return DeliveryException.permanentFailure(detail);
        }
        return DeliveryException.transientFailure(detail);
    }

    public static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        return " " + (flat.length() > 200 ? flat.substring(0, 200) + "…" : flat);
    }
}
