package vn.gov.daklak.console.team;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.UriComponentsBuilder;

import vn.gov.daklak.console.api.Json;
import vn.gov.daklak.console.api.ServiceClients;
import vn.gov.daklak.console.api.TokenProvider;
import vn.gov.daklak.console.signin.ConsoleUser;
import vn.gov.daklak.reference.Categories;
import vn.gov.daklak.reference.Communes;

/**
 * A team's queue, sorted by deadline (feedback-service's order) and filtered by status, category and overdue; the
 * table reloads itself whenever the team's Server-Sent Events stream says something changed.
 */
@Controller
@RequestMapping("/console")
class TeamQueueController {

    static final List<String> STATUSES = List.of("ROUTED", "ACKNOWLEDGED", "IN_PROGRESS", "NEED_INFO", "REOPENED",
            "RESOLVED", "CLOSED", "REJECTED", "DUPLICATE", "TRANSFERRED");

    private final ServiceClients services;
    private final QueueStreamRelay relay;
    private final TokenProvider tokens;

    TeamQueueController(ServiceClients services, QueueStreamRelay relay, TokenProvider tokens) {
        this.services = services;
        this.relay = relay;
        this.tokens = tokens;
    }

    /** One's own team, or (several teams, or province-wide) a choice. */
    @GetMapping
    String start(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String commune,
                 Model model) {
        if (user.teamIds().size() == 1 && commune == null) {
            return "redirect:/console/teams/" + user.sortedTeams().get(0);
        }
        model.addAttribute("teams", user.sortedTeams());
        model.addAttribute("communes", Communes.all());
        model.addAttribute("commune", commune);
        return "team/choose";
    }

    @GetMapping("/teams/{teamId}")
    String queue(@PathVariable String teamId, QueueFilter filter, Model model) {
        model.addAttribute("teamId", teamId);
        model.addAttribute("filter", filter);
        model.addAttribute("items", items(teamId, filter));
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("categories", Categories.all());
        model.addAttribute("rowsUrl", "/console/teams/" + teamId + "/rows" + filter.query());
        return "team/queue";
    }

    /** The table's rows alone, as htmx swaps them in after a change. */
    @GetMapping("/teams/{teamId}/rows")
    String rows(@PathVariable String teamId, QueueFilter filter, Model model) {
        model.addAttribute("items", items(teamId, filter));
        return "team/queue :: rows";
    }

    @GetMapping(path = "/teams/{teamId}/events", produces = "text/event-stream")
    SseEmitter events(@PathVariable String teamId) {
        String token = tokens.currentAccessToken().orElseThrow();
        return relay.relay(teamId, token);
    }

    private List<Map<String, Object>> items(String teamId, QueueFilter filter) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/v1/teams/{teamId}/queue")
                .queryParam("size", 100);
        if (filter.status() != null && !filter.status().isBlank()) {
            uri.queryParam("status", filter.status());
        }
        if (filter.category() != null && !filter.category().isBlank()) {
            uri.queryParam("category", filter.category());
        }
        Map<String, Object> page = services.feedback().get().uri(uri.buildAndExpand(teamId).toUriString())
                .retrieve().body(Json.OBJECT);
        return Json.items(page).stream()
                .filter(item -> !filter.overdueOnly() || Boolean.TRUE.equals(item.get("overdue")))
                .toList();
    }

    /** The queue's filters as the form sends them. */
    public record QueueFilter(String status, String category, Boolean overdue) {

        public boolean overdueOnly() {
            return Boolean.TRUE.equals(overdue);
        }

        public String query() {
            return UriComponentsBuilder.newInstance()
                    .queryParamIfPresent("status", java.util.Optional.ofNullable(blank(status)))
                    .queryParamIfPresent("category", java.util.Optional.ofNullable(blank(category)))
                    .queryParamIfPresent("overdue", java.util.Optional.ofNullable(overdueOnly() ? "true" : null))
                    .build().toUriString();
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
