package vn.gov.daklak.console.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.gov.daklak.console.api.ConsoleProperties;
import vn.gov.daklak.console.web.Formats;
import vn.gov.daklak.console.web.JsonText;

/**
 * The operations overview: each service up or down (actuator health), its outbox backlog ({@code
 * platform_outbox_queued}), consumer lag per group and dead-letter topic sizes (the broker), reports per minute over
 * the last hour, and notification attempts by channel and outcome ({@code notification_sent_total}).
 */
@Controller
@RequestMapping("/operations")
class OperationsController {

    private final ServiceProbe probe;
    private final KafkaBacklog kafka;
    private final ReportRate rate;
    private final ConsoleProperties properties;
    private final JsonText json;

    OperationsController(ServiceProbe probe, KafkaBacklog kafka, ReportRate rate, ConsoleProperties properties,
                         JsonText json) {
        this.probe = probe;
        this.kafka = kafka;
        this.rate = rate;
        this.properties = properties;
        this.json = json;
    }

    public record ServiceRow(String name, String status, Double outboxQueued, Double outboxFailures) {

        public boolean up() {
            return "UP".equals(status);
        }
    }

    @GetMapping
    String overview(Model model) {
        List<ServiceRow> rows = new ArrayList<>();
        Map<String, Double> notifications = new TreeMap<>();
        for (String service : probe.names()) {
            PrometheusText metrics = probe.metrics(service);
            rows.add(new ServiceRow(service, probe.health(service),
                    metrics.has("platform_outbox_queued") ? metrics.sum("platform_outbox_queued") : null,
                    metrics.has("platform_outbox_failures_total") ? metrics.sum("platform_outbox_failures_total")
                            : null));
            if (service.equals("notification-service")) {
                metrics.named("notification_sent_total").forEach(s -> notifications.merge(
                        s.labels().get("channel") + " · " + s.labels().get("outcome"), s.value(), Double::sum));
            }
        }
        model.addAttribute("services", rows);
        model.addAttribute("allUp", rows.stream().allMatch(ServiceRow::up));
        model.addAttribute("backlog", kafka.read());
        model.addAttribute("notifications", notifications);
        Map<String, Long> perMinute = new LinkedHashMap<>();
        rate.lastHour().forEach(p -> perMinute.put(p.minute().atZone(Formats.VIETNAM).toLocalTime().toString(),
                p.reports()));
        model.addAttribute("perMinute", perMinute);
        model.addAttribute("perMinuteJson", json.of(perMinute));
        model.addAttribute("grafanaUrl", properties.grafanaUrl());
        return "operations/overview";
    }
}
