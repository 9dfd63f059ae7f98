package vn.gov.daklak.identity.staff;

import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.gov.daklak.identity.ApiSlice;
import vn.gov.daklak.identity.Tokens;

@WebMvcTest(StaffController.class)
@ApiSlice
class StaffControllerTest {
    private static final String VALID_STAFF = """
            {"staffId":"huong.nt","displayName":"Nguyễn Thị Hương","roles":["TEAM_MEMBER"],
             "teamIds":["66-24133-CDS"],"preferredChannel":"SMS","phone":"0912345678"}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StaffService service;

    @Test
    void everyStaffEndpointNeedsAProvinceAdministratorToken() throws Exception {
        mvc.perform(get("/api/v1/staff/huong.nt")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content(VALID_STAFF))
                .andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/staff/huong.nt").contentType(MediaType.APPLICATION_JSON).content(VALID_STAFF))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/staff/huong.nt").with(Tokens.staffWithRole("TEAM_LEAD")))
                .andExpect(status().isForbidden());
        verifyNoInteractions(service);
    }

    @Test
    void createsAStaffMember() throws Exception {
        given(service.create(eq("huong.nt"), any())).willAnswer(call -> StaffMember.restore("huong.nt",
                call.getArgument(1), Instant.parse("2025-07-01T01:00:00Z"), 0));

        mvc.perform(admin(post("/api/v1/staff")).content(VALID_STAFF))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.staffId").value("huong.nt"))
                .andExpect(jsonPath("$.phone").value("+84912345678"))
                .andExpect(jsonPath("$.active").value(true));
    }

    @Test
    void namesEachBadField() throws Exception {
        mvc.perform(admin(post("/api/v1/staff")).content("""
                        {"staffId":"-bad","displayName":"","roles":["TEAM_MEMBER"],"teamIds":[""],
                         "preferredChannel":"EMAIL","phone":"99887","email":"not-an-address"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder(
                        "displayName", "email", "phone", "staffId", "teamIds[0]")))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("99887"))));
        verifyNoInteractions(service);
    }

    @Test
    void thePreferredChannelNeedsItsContact() throws Exception {
        mvc.perform(admin(post("/api/v1/staff")).content("""
                        {"displayName":"Nguyễn Văn An","preferredChannel":"ZALO"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("phone"))
                .andExpect(jsonPath("$.errors[0].message").value("is required when preferredChannel is ZALO"));
    }

    @Test
    void unknownRoleIs400NamingIt() throws Exception {
        mvc.perform(admin(post("/api/v1/staff")).content("""
                        {"displayName":"Nguyễn Văn An","preferredChannel":"IN_APP","roles":["TEAM_MEMBER","KING"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles[1]"));
    }

    @Test
    void unknownTeamsAre400NamingEach() throws Exception {
        given(service.create(any(), any())).willThrow(new UnknownTeamsException(
                List.of("66-24133-CDS", "ghost"), List.of("ghost")));

        mvc.perform(admin(post("/api/v1/staff")).content(VALID_STAFF))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("teamIds[1]"))
                .andExpect(jsonPath("$.errors[0].message").value("is not a known team: ghost"));
    }

    @Test
    void creatingAnExistingStaffMemberIs409() throws Exception {
        given(service.create(any(), any())).willThrow(new StaffAlreadyExistsException("huong.nt"));

        mvc.perform(admin(post("/api/v1/staff")).content(VALID_STAFF))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Staff member already exists"));
    }

    @Test
    void updateNeedsActive() throws Exception {
        mvc.perform(admin(put("/api/v1/staff/huong.nt")).content("""
                        {"displayName":"Nguyễn Văn An","preferredChannel":"IN_APP"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("active"));
    }

    @Test
    void unknownStaffIs404() throws Exception {
        given(service.get("nobody")).willThrow(new StaffNotFoundException("nobody"));

        mvc.perform(admin(get("/api/v1/staff/nobody"))).andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
        return request.with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON);
    }
}
