package vn.gov.daklak.console.operations;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import vn.gov.daklak.console.api.Json;
import vn.gov.daklak.console.api.ServiceClients;

/** Each service's health (actuator) and metrics (Prometheus exposition), read without a person's token. */
@Component
class ServiceProbe {

    private final Map<String, RestClient> services = new LinkedHashMap<>();

    ServiceProbe(ServiceClients clients) {
        var urls = clients.urls();
        services.put("feedback-service", RestClient.create(urls.feedback()));
        services.put("routing-service", RestClient.create(urls.routing()));
        services.put("notification-service", RestClient.create(urls.notification()));
        services.put("identity-service", RestClient.create(urls.identity()));
    }

    java.util.Set<String> names() {
        return services.keySet();
    }

    /** {@code UP}, {@code DOWN}, {@code OUT_OF_SERVICE} as the service says, or {@code UNREACHABLE}. */
    String health(String service) {
        try {
            return String.valueOf(services.get(service).get().uri("/actuator/health").retrieve()
                    .onStatus(s -> s.value() == 503, (rq, rs) -> { })
                    .body(Json.OBJECT).get("status"));
        } catch (RuntimeException e) {
            return "UNREACHABLE";
        }
    }

    PrometheusText metrics(String service) {
        try {
            String text = services.get(service).get().uri("/actuator/prometheus")
                    .header("Accept", "text/plain").retrieve().body(String.class);
            return PrometheusText.parse(text == null ? "" : text);
        } catch (RuntimeException e) {
            return PrometheusText.parse("");
        }
    }
}
