package vn.gov.daklak.feedback.open311;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.gov.daklak.feedback.open311.Open311Documents.Discovery;
import vn.gov.daklak.feedback.open311.Open311Documents.Endpoint;
import vn.gov.daklak.reference.Categories;

/** Open311 GeoReport v2: service discovery, the service list and service definitions. No key needed. */
@RestController
@RequestMapping("/open311/v2")
class Open311ServicesController {
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** When the service list last changed: the taxonomy for the 102 communes in force since 1 July 2025. */
    static final String CHANGESET = "2025-07-01T00:00:00+07:00";

    private final Open311Renderer renderer;

    Open311ServicesController(Open311Renderer renderer) {
        this.renderer = renderer;
    }

    @GetMapping("/discovery.{format}")
    ResponseEntity<byte[]> discovery(@PathVariable String format) {
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString();
        String contact = Categories.unitName("IOC_TINH").orElse("UBND tỉnh Đắk Lắk");
        return renderer.ok(Open311Format.of(format), new Discovery(CHANGESET, contact,
                "Mỗi kênh phản ánh được cấp một api_key riêng: liên hệ " + contact + ".",
                List.of(new Endpoint(SPECIFICATION, url, CHANGESET, "production",
                        List.of(Open311Format.XML.mimeType(), Open311Format.JSON.mimeType())))));
    }

    @GetMapping("/services.{format}")
    ResponseEntity<byte[]> services(@PathVariable String format,
                                    @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format answer = Open311Format.of(format);
        Open311Jurisdiction.check(jurisdiction);
        return renderer.ok(answer, new Open311Documents.Services(Open311Services.all()));
    }

    @GetMapping("/services/{serviceCode}.{format}")
    ResponseEntity<byte[]> definition(@PathVariable String serviceCode, @PathVariable String format,
                                      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format answer = Open311Format.of(format);
        Open311Jurisdiction.check(jurisdiction);
        var category = Open311Services.category(serviceCode).orElseThrow(() -> new Open311Exception(
                HttpStatus.NOT_FOUND, "service_code provided was not found: " + serviceCode));
        return renderer.ok(answer, Open311Services.definition(category));
    }
}
