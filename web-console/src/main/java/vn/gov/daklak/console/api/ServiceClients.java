package vn.gov.daklak.console.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP clients of the four services. Calls carry the signed-in person's bearer token (when there is one); an error
 * answer becomes an {@link ApiProblem} with the service's problem details.
 */
@Component
public class ServiceClients {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient feedback;
    private final RestClient routing;
    private final RestClient notification;
    private final RestClient identity;
    private final ConsoleProperties properties;

    ServiceClients(ConsoleProperties properties, TokenProvider tokens) {
        this.properties = properties;
        this.feedback = client(properties.services().feedback(), tokens);
        this.routing = client(properties.services().routing(), tokens);
        this.notification = client(properties.services().notification(), tokens);
        this.identity = withoutToken(properties.services().identity());
    }

    public RestClient feedback() {
        return feedback;
    }

    public RestClient routing() {
        return routing;
    }

    public RestClient notification() {
        return notification;
    }

    /** identity-service, without the person's token (sign-in calls authenticate as the client). */
    public RestClient identity() {
        return identity;
    }

    public ConsoleProperties.Services urls() {
        return properties.services();
    }

    /** A client of one service whose calls carry no person's token (sign-in, health, metrics). */
    public static RestClient withoutToken(String baseUrl) {
        return client(baseUrl, null);
    }

    private static RestClient client(String baseUrl, TokenProvider tokens) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(3));
        requests.setReadTimeout(Duration.ofSeconds(20));
        RestClient.Builder builder = RestClient.builder().baseUrl(baseUrl).requestFactory(requests)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw ApiProblem.of(response.getStatusCode().value(), read(response.getBody()));
                });
        if (tokens != null) {
            builder.requestInterceptor((request, body, execution) -> {
                if (!request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
                    tokens.currentAccessToken().ifPresent(token -> request.getHeaders().setBearerAuth(token));
                }
                return execution.execute(request, body);
            });
        }
        return builder.build();
    }

    private static Map<String, Object> read(InputStream body) {
        try {
            byte[] bytes = body.readAllBytes();
            return bytes.length == 0 ? null : JSON.readValue(bytes, new TypeReference<Map<String, Object>>() { });
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
