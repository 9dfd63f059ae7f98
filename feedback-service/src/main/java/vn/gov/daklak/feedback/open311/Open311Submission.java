package vn.gov.daklak.feedback.open311;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import vn.gov.daklak.feedback.intake.SubmitReportRequest;
import vn.gov.daklak.reference.Categories;
import vn.gov.daklak.reference.Category;
import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.reference.Communes;
import vn.gov.daklak.reference.Subcategory;
import vn.gov.daklak.reference.VietnameseText;

/**
 * Turns a form-encoded {@code POST requests} into the intake's own request and checks it by the intake's own
 * validation rules, naming the Open311 parameter in each error. Open311 has no title: it is the chosen
 * subcategory, else the first line of the description. A {@code media_url} is kept for the team at the end of the
 * description (the public never sees links, see {@code PublicText}).
 */
@Component
class Open311Submission {
    static final int TITLE_LENGTH = 120;
    private static final Map<String, String> PARAMETERS = Map.ofEntries(Map.entry("category", "service_code"),
            Map.entry("title", "description"), Map.entry("description", "description"),
            Map.entry("location.lat", "lat"), Map.entry("location.lon", "long"),
            Map.entry("communeCode", "address_id"), Map.entry("addressText", "address_string"),
            Map.entry("reporter.name", "first_name/last_name"), Map.entry("reporter.phone", "phone"),
            Map.entry("reporter.email", "email"));
    private static final Map<String, String> WHOLE_REQUEST_RULES = Map.of(
            "located", "lat and long, an address_id (commune code) or an address_string naming the xã/phường "
                    + "are required",
            "reporter.reachable", "email or phone is required, so that the team can reach the resident");

    private final Validator validator;

    Open311Submission(Validator validator) {
        this.validator = validator;
    }

    SubmitReportRequest toRequest(Category category, MultiValueMap<String, String> params) {
        List<String> errors = new ArrayList<>();
        Optional<Subcategory> subcategory = subcategory(category, param(params, "attribute[" +
                Open311Services.SUBCATEGORY + "]"), errors);
        SubmitReportRequest.Location location = location(param(params, "lat"), param(params, "long"), errors);
        String address = param(params, "address_string");
        String communeCode = param(params, "address_id");
        if (communeCode == null && location == null) {
            communeCode = communeNamedIn(address).map(Commune::code).orElse(null);
        }
        String description = describe(param(params, "description"), param(params, "media_url"), errors);
        String title = subcategory.map(Subcategory::nameVi).orElseGet(() -> title(description));
        var reporter = new SubmitReportRequest.Reporter(name(param(params, "first_name"), param(params, "last_name")),
                phone(param(params, "phone")), param(params, "email"), null, null, "vi");
        var request = new SubmitReportRequest(subcategory.map(Subcategory::code).orElse(category.code()), title,
                description, location, communeCode, address, reporter, null);
        validator.validate(request).forEach(violation -> errors.add(describe(violation)));
        if (!errors.isEmpty()) {
            TreeSet<String> distinct = new TreeSet<>(Comparator.naturalOrder());
            distinct.addAll(errors);
            throw new Open311Exception(HttpStatus.BAD_REQUEST, List.copyOf(distinct));
        }
        return request;
    }

    static String title(String description) {
        String line = description == null ? "" : description.strip().lines().findFirst().orElse("").strip();
        if (line.length() <= TITLE_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', TITLE_LENGTH - 1);
        return line.substring(0, cut > TITLE_LENGTH / 2 ? cut : TITLE_LENGTH - 1).strip() + "…";
    }

    /** The commune whose full name ("Phường Tân Lập", "Xã Ea Kao") the address names; the longest such name wins. */
    static Optional<Commune> communeNamedIn(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String key = VietnameseText.matchKey(address);
        return Communes.all().stream().filter(c -> key.contains(VietnameseText.matchKey(c.fullName())))
                .max(Comparator.comparingInt(c -> c.fullName().length()));
    }

    private static Optional<Subcategory> subcategory(Category category, String code, List<String> errors) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<Subcategory> sub = Categories.subcategory(code).filter(s -> s.parentCode().equals(category.code()));
        if (sub.isEmpty()) {
            errors.add("attribute[" + Open311Services.SUBCATEGORY + "]: " + code + " is not a value of service "
                    + category.code());
        }
        return sub;
    }

    private static SubmitReportRequest.Location location(String lat, String lon, List<String> errors) {
        if (lat == null && lon == null) {
            return null;
        }
        if (lat == null || lon == null) {
            errors.add("lat and long must be given together");
            return null;
        }
        Double latitude = degrees("lat", lat, errors);
        Double longitude = degrees("long", lon, errors);
        return latitude == null || longitude == null ? null : new SubmitReportRequest.Location(latitude, longitude);
    }

    private static Double degrees(String name, String value, List<String> errors) {
        try {
            double degrees = Double.parseDouble(value);
            if (Double.isFinite(degrees)) {
                return degrees;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(name + ": must be a decimal number of degrees (WGS84)");
        return null;
    }

    private static String describe(String description, String mediaUrl, List<String> errors) {
        if (mediaUrl == null) {
            return description;
        }
        if (!mediaUrl.matches("(?i)https?://\\S{1,1000}")) {
            errors.add("media_url: must be an http(s) URL");
            return description;
        }
        return (description == null ? "" : description.strip()) + "\n\nẢnh đính kèm: " + mediaUrl;
    }

    private static String name(String first, String last) {
        String name = ((last == null ? "" : last) + " " + (first == null ? "" : first)).strip();
        return name.isEmpty() ? null : name;
    }

    /** Clients send "+84 912 345 678" or "0912.345.678": the intake's rule wants the digits only. */
    private static String phone(String phone) {
        return phone == null ? null : phone.replaceAll("[\\s.\\-()]", "");
    }

    private static String describe(ConstraintViolation<SubmitReportRequest> violation) {
        String path = violation.getPropertyPath().toString();
        String rule = WHOLE_REQUEST_RULES.get(path);
        return rule != null ? rule : PARAMETERS.getOrDefault(path, path) + ": " + violation.getMessage();
    }

    static String param(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
