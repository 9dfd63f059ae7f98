package vn.gov.daklak.routing.jurisdictionapi;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.daklak.platform.security.ResourceServerConfiguration;
import vn.gov.daklak.platform.web.ProblemDetailsAdvice;
import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.reference.Communes;
import vn.gov.daklak.routing.jurisdiction.JurisdictionIndex;
import vn.gov.daklak.routing.security.SecurityConfiguration;

/** With the service's real security rules: these endpoints answer without a token. */
@WebMvcTest(controllers = JurisdictionController.class,
        properties = "platform.security.issuer=http://127.0.0.1:9/no-token-is-checked-here")
@ImportAutoConfiguration(ResourceServerConfiguration.class)
@Import({JurisdictionIndex.class, ProblemDetailsAdvice.class, SecurityConfiguration.class})
class JurisdictionControllerTest {
    static final Commune BUON_MA_THUOT = Communes.byCode("24133").orElseThrow();

    @Autowired
    MockMvc mvc;

    @Test
    void locatesAPointInsideAWard() throws Exception {
        mvc.perform(get("/api/v1/jurisdictions/locate")
                        .param("lat", String.valueOf(BUON_MA_THUOT.labelLat()))
                        .param("lon", String.valueOf(BUON_MA_THUOT.labelLon())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.communeCode").value("24133"))
                .andExpect(jsonPath("$.communeName").value("Phường Buôn Ma Thuột"))
                .andExpect(jsonPath("$.type").value("phuong"))
                .andExpect(jsonPath("$.method").value("INSIDE"))
                .andExpect(jsonPath("$.distanceMeters").value(0.0))
                .andExpect(jsonPath("$.boundaryAmbiguous").isBoolean())
                .andExpect(jsonPath("$.neighbours").isArray());
    }

    @Test
    void pointOutsideTheProvinceIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/jurisdictions/locate").param("lat", "21.0285").param("lon", "105.8542"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Outside Đắk Lắk"));
    }

    @Test
    void latitudeOutOfRangeIsBadRequest() throws Exception {
        mvc.perform(get("/api/v1/jurisdictions/locate").param("lat", "91").param("lon", "108"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("lat must be a number between -90 and 90, got 91.0"));
    }

    @Test
    void nonNumericCoordinateIsBadRequest() throws Exception {
        mvc.perform(get("/api/v1/jurisdictions/locate").param("lat", "abc").param("lon", "108"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void missingCoordinateIsBadRequest() throws Exception {
        mvc.perform(get("/api/v1/jurisdictions/locate").param("lat", "12.7"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void nanCoordinateIsBadRequest() throws Exception {
        mvc.perform(get("/api/v1/jurisdictions/locate").param("lat", "NaN").param("lon", "108"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void listsAll102Units() throws Exception {
        mvc.perform(get("/api/v1/jurisdictions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(102)))
                .andExpect(jsonPath("$[?(@.code == '24133')].fullName").value("Phường Buôn Ma Thuột"));
    }

    @Test
    void oneUnitWithItsFormerUnits() throws Exception {
        mvc.perform(get("/api/v1/jurisdictions/24133"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Phường Buôn Ma Thuột"))
                .andExpect(jsonPath("$.formerUnits", hasSize(BUON_MA_THUOT.formerUnits().size())))
                .andExpect(jsonPath("$.formerUnits[0].oldName").isString());
    }

    @Test
    void unknownUnitIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/jurisdictions/00000"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
