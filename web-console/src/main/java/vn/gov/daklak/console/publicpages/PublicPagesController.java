package vn.gov.daklak.console.publicpages;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.gov.daklak.console.api.ApiProblem;
import vn.gov.daklak.console.api.ConsoleProperties;
import vn.gov.daklak.console.api.Json;
import vn.gov.daklak.console.api.ServiceClients;
import vn.gov.daklak.console.web.JsonText;
import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.reference.Communes;

/** The pages anyone may open: the start page, the map with public reports and statistics, tracking by code. */
@Controller
class PublicPagesController {

    private final ServiceClients services;
    private final CommuneBoundaries boundaries;
    private final ConsoleProperties properties;
    private final JsonText json;

    PublicPagesController(ServiceClients services, CommuneBoundaries boundaries, ConsoleProperties properties,
                          JsonText json) {
        this.services = services;
        this.boundaries = boundaries;
        this.properties = properties;
        this.json = json;
    }

    @GetMapping("/")
    String home() {
        return "public/home";
    }

    @GetMapping("/map")
    String map(@RequestParam(required = false) String commune, Locale locale, Model model) {
        String query = commune == null || commune.isBlank() ? "" : "&commune=" + commune;
        Map<String, Object> reports = services.feedback().get().uri("/api/v1/public/reports?size=200" + query)
                .retrieve().body(Json.OBJECT);
        Map<String, Object> stats = services.feedback().get().uri("/api/v1/public/stats?" + query)
                .retrieve().body(Json.OBJECT);
        List<CommuneStats> perCommune = CommuneStats.perCommune(stats);
        model.addAttribute("reports", Json.items(reports));
        model.addAttribute("reportsJson", json.of(Json.items(reports)));
        model.addAttribute("totalReports", reports.get("totalItems"));
        model.addAttribute("stats", perCommune);
        model.addAttribute("statsJson", json.of(perCommune));
        model.addAttribute("labelsJson", json.mapLabels(locale));
        model.addAttribute("total", Json.object(stats, "total"));
        model.addAttribute("communes", communes());
        model.addAttribute("commune", commune);
        model.addAttribute("tileUrl", properties.mapTileUrl());
        return "public/map";
    }

    @GetMapping(path = "/public/communes.geojson", produces = "application/geo+json")
    @ResponseBody
    ResponseEntity<byte[]> communeBoundaries() {
        return ResponseEntity.ok().header("Cache-Control", "public, max-age=86400")
                .contentType(MediaType.parseMediaType("application/geo+json")).body(boundaries.geoJson());
    }

    @GetMapping("/track")
    String trackForm(@RequestParam(required = false) String code) {
        return code == null || code.isBlank() ? "public/track-form" : "redirect:/track/" + code.trim().toUpperCase();
    }

    @GetMapping("/track/{code}")
    String track(@PathVariable String code, Model model) {
        model.addAttribute("code", code);
        try {
            model.addAttribute("report", services.feedback().get().uri("/api/v1/reports/track/{code}", code)
                    .retrieve().body(Json.OBJECT));
        } catch (ApiProblem problem) {
            if (problem.status() != 404 && problem.status() != 400) {
                throw problem;
            }
            model.addAttribute("notFound", true);
        }
        return "public/track";
    }

    static List<Commune> communes() {
        return Communes.all().stream().sorted(Comparator.comparing(Commune::name)).toList();
    }
}
