package vn.gov.daklak.console.filing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.gov.daklak.console.api.ApiProblem;
import vn.gov.daklak.console.api.Json;
import vn.gov.daklak.console.api.Photos;
import vn.gov.daklak.console.api.ServiceClients;
import vn.gov.daklak.reference.Categories;
import vn.gov.daklak.reference.Category;
import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.reference.Communes;

/**
 * Web filing by a signed-in resident: category in Vietnamese, the place picked on the map (or a commune and an
 * address), photos; then the tracking code. The report is filed with the resident's own token (channel WEB).
 */
@Controller
@RequestMapping("/report")
class FilingController {

    private final ServiceClients services;

    FilingController(ServiceClients services) {
        this.services = services;
    }

    @ModelAttribute("categories")
    List<Category> categories() {
        return Categories.all().stream().sorted(Comparator.comparing(Category::nameVi)).toList();
    }

    @ModelAttribute("communes")
    List<Commune> communes() {
        return Communes.all().stream().sorted(Comparator.comparing(Commune::name)).toList();
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("form", new ReportForm());
        return "filing/new";
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String file(@ModelAttribute("form") ReportForm form, @RequestParam(name = "photos", required = false)
                List<MultipartFile> photos, Model model) {
        Map<String, Object> filed;
        try {
            filed = services.feedback().post().uri("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                    .body(form.toRequest()).retrieve().body(Json.OBJECT);
        } catch (ApiProblem problem) {
            model.addAttribute("problem", problem);
            return "filing/new";
        }
        String id = Json.text(filed, "id");
        List<MultipartFile> chosen = Photos.chosen(photos);
        if (!chosen.isEmpty()) {
            try {
                Photos.upload(services.feedback(), "/api/v1/reports/" + id + "/photos", chosen);
            } catch (ApiProblem problem) {
                model.addAttribute("photoProblem", problem);
            }
        }
        model.addAttribute("trackingCode", filed.get("trackingCode"));
        model.addAttribute("photoCount", chosen.size());
        return "filing/filed";
    }

    /** The form's fields; {@link #toRequest()} is feedback-service's {@code POST /api/v1/reports} body. */
    static class ReportForm {
        private String category;
        private String title;
        private String description;
        private String communeCode;
        private String addressText;
        private Double lat;
        private Double lon;
        private String name;
        private String phone;
        private String preferredChannel = "SMS";

        Map<String, Object> toRequest() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("category", category);
            body.put("title", title);
            body.put("description", description);
            if (lat != null && lon != null) {
                body.put("location", Map.of("lat", lat, "lon", lon));
            }
            if (communeCode != null && !communeCode.isBlank()) {
                body.put("communeCode", communeCode);
            }
            body.put("addressText", addressText);
            Map<String, Object> reporter = new LinkedHashMap<>();
            reporter.put("name", name);
            reporter.put("phone", phone);
            reporter.put("preferredChannel", preferredChannel);
            reporter.put("language", "vi");
            body.put("reporter", reporter);
            return body;
        }

        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getCommuneCode() { return communeCode; }
        public void setCommuneCode(String communeCode) { this.communeCode = communeCode; }
        public String getAddressText() { return addressText; }
        public void setAddressText(String addressText) { this.addressText = addressText; }
        public Double getLat() { return lat; }
        public void setLat(Double lat) { this.lat = lat; }
        public Double getLon() { return lon; }
        public void setLon(Double lon) { this.lon = lon; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getPreferredChannel() { return preferredChannel; }
        public void setPreferredChannel(String preferredChannel) { this.preferredChannel = preferredChannel; }
    }
}
