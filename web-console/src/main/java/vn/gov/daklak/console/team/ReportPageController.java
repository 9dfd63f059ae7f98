package vn.gov.daklak.console.team;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.daklak.console.api.ApiProblem;
import vn.gov.daklak.console.api.Json;
import vn.gov.daklak.console.api.Photos;
import vn.gov.daklak.console.api.ServiceClients;
import vn.gov.daklak.reference.Categories;
import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.reference.Communes;

/**
 * A report as the team works it: details, map, photos, timeline, routing's explanation and deadlines, and every
 * team action of feedback-service's API. Each action is a form; the service's answer (or its refusal, in words)
 * is shown on the report page after the redirect.
 */
@Controller
@RequestMapping("/console/reports/{id}")
class ReportPageController {

    private final ServiceClients services;

    ReportPageController(ServiceClients services) {
        this.services = services;
    }

    @GetMapping
    String report(@PathVariable String id, Model model) {
        Map<String, Object> report = services.feedback().get().uri("/api/v1/reports/{id}", id).retrieve()
                .body(Json.OBJECT);
        model.addAttribute("report", report);
        model.addAttribute("decision", optional(() -> services.routing().get()
                .uri("/api/v1/routing/decisions/{id}", id).retrieve().body(Json.OBJECT)));
        Map<String, Object> location = Json.object(report, "location");
        Map<String, Object> category = Json.object(report, "category");
        if (location != null && category != null) {
            List<Map<String, Object>> nearby = optional(() -> services.feedback().get()
                    .uri("/api/v1/reports/nearby?lat={lat}&lon={lon}&category={c}", location.get("lat"),
                            location.get("lon"), category.get("code")).retrieve().body(Json.ARRAY));
            model.addAttribute("nearby", nearby == null ? List.of()
                    : nearby.stream().filter(r -> !id.equals(r.get("id"))).toList());
        } else {
            model.addAttribute("nearby", List.of());
        }
        model.addAttribute("communes", Communes.all().stream().sorted(Comparator.comparing(Commune::name)).toList());
        model.addAttribute("units", units());
        return "team/report";
    }

    @PostMapping("/{action:acknowledge|start|ask|resolve|reject|transfer|duplicate}")
    String act(@PathVariable String id, @PathVariable String action, @RequestParam Map<String, String> form,
               RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        form.forEach((field, value) -> {
            if (!field.startsWith("_") && value != null && !value.isBlank()) {
                body.put(field, value.trim());
            }
        });
        try {
            services.feedback().post().uri("/api/v1/reports/{id}/{action}", id, action)
                    .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
            flash.addFlashAttribute("done", action);
        } catch (ApiProblem problem) {
            flash.addFlashAttribute("problem", problem);
        }
        return "redirect:/console/reports/" + id;
    }

    @PostMapping("/after-photos")
    String afterPhotos(@PathVariable String id, @RequestParam(name = "files", required = false)
                       List<MultipartFile> files, RedirectAttributes flash) {
        List<MultipartFile> chosen = Photos.chosen(files);
        try {
            if (chosen.isEmpty()) {
                throw new ApiProblem(400, null, null, List.of());
            }
            Photos.upload(services.feedback(), "/api/v1/reports/" + id + "/resolution-photos", chosen);
            flash.addFlashAttribute("done", "after-photos");
        } catch (ApiProblem problem) {
            flash.addFlashAttribute("problem", problem);
        }
        return "redirect:/console/reports/" + id;
    }

    /** A photo (or its thumbnail) as feedback-service serves it to this staff member. */
    @GetMapping({"/photos/{photoId}", "/photos/{photoId}/{rendition:thumbnail}"})
    ResponseEntity<byte[]> photo(@PathVariable String id, @PathVariable String photoId,
                                 @PathVariable(required = false) String rendition) {
        String path = "/api/v1/reports/" + id + "/photos/" + photoId + (rendition == null ? "" : "/thumbnail");
        ResponseEntity<byte[]> photo = services.feedback().get().uri(path).retrieve().toEntity(byte[].class);
        return ResponseEntity.ok().contentType(photo.getHeaders().getContentType())
                .header("Cache-Control", "private, max-age=300").body(photo.getBody());
    }

    private static Map<String, String> units() {
        Map<String, String> units = new LinkedHashMap<>();
        Categories.unitCodes().forEach(code -> units.put(code, Categories.unitName(code).orElse(code)));
        return units;
    }

    private static <T> T optional(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiProblem problem) {
            return null;
        }
    }
}
