package vn.gov.daklak.console.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.gov.daklak.console.api.ApiProblem;
import vn.gov.daklak.console.api.Json;
import vn.gov.daklak.console.api.ServiceClients;
import vn.gov.daklak.console.publicpages.CommuneStats;
import vn.gov.daklak.console.signin.ConsoleUser;
import vn.gov.daklak.console.web.JsonText;
import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.reference.Communes;

/**
 * For commune chairmen (their communes) and province operations (any commune, and the province as a whole): open and
 * overdue reports per team (the teams' queues), resolved on time per commune (the statistics), a map of open reports
 * and the routing rules in force (routing-service shows them to province staff only).
 */
@Controller
@RequestMapping("/overview")
class CommuneOverviewController {

    private static final List<String> TEAM_TYPES = List.of("CDS", "PUN");

    private final ServiceClients services;
    private final JsonText json;

    CommuneOverviewController(ServiceClients services, JsonText json) {
        this.services = services;
        this.json = json;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String commune,
                    Locale locale, Model model) {
        List<Commune> allowed = user.isProvinceWide() ? Communes.all()
                : Communes.all().stream().filter(c -> user.communeCodes().contains(c.code())).toList();
        String chosen = commune != null && allowed.stream().anyMatch(c -> c.code().equals(commune)) ? commune
                : user.isProvinceWide() || allowed.isEmpty() ? null : allowed.get(0).code();
        String query = chosen == null ? "" : "&commune=" + chosen;
        model.addAttribute("communes", allowed.stream().sorted(Comparator.comparing(Commune::name)).toList());
        model.addAttribute("commune", chosen == null ? null : Communes.byCode(chosen).orElse(null));
        List<CommuneStats> stats = CommuneStats.perCommune(services.feedback().get()
                .uri("/api/v1/public/stats?" + query).retrieve().body(Json.OBJECT));
        List<Map<String, Object>> open = Json.items(services.feedback().get()
                .uri("/api/v1/public/reports?size=200&status=ROUTED,ACKNOWLEDGED,IN_PROGRESS,NEED_INFO,REOPENED"
                        + query).retrieve().body(Json.OBJECT));
        model.addAttribute("stats", stats);
        model.addAttribute("statsJson", json.of(stats));
        model.addAttribute("openReports", open);
        model.addAttribute("reportsJson", json.of(open));
        model.addAttribute("labelsJson", json.mapLabels(locale));
        model.addAttribute("teams", chosen == null ? List.of() : teams(chosen));
        model.addAttribute("rules", rules());
        return "overview/commune";
    }

    private List<TeamLoad> teams(String communeCode) {
        List<TeamLoad> loads = new ArrayList<>();
        for (String type : TEAM_TYPES) {
            String teamId = "66-" + communeCode + "-" + type;
            try {
                Map<String, Object> page = services.feedback().get().uri("/api/v1/teams/{t}/queue?size=100", teamId)
                        .retrieve().body(Json.OBJECT);
                long overdue = Json.items(page).stream().filter(i -> Boolean.TRUE.equals(i.get("overdue"))).count();
                loads.add(new TeamLoad(teamId, ((Number) page.get("totalItems")).longValue(), overdue, true));
            } catch (ApiProblem problem) {
                loads.add(new TeamLoad(teamId, 0, 0, false));
            }
        }
        return loads;
    }

    private Map<String, Object> rules() {
        try {
            return services.routing().get().uri("/api/v1/routing/rules").retrieve().body(Json.OBJECT);
        } catch (ApiProblem problem) {
            return null;
        }
    }

    /** A team's open reports and how many of them are past their resolve deadline. */
    public record TeamLoad(String teamId, long open, long overdue, boolean visible) {
    }
}
