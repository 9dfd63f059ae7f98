package vn.gov.daklak.identity.teams;

import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.identity.ApiSlice;
import vn.gov.daklak.identity.Tokens;

@WebMvcTest(TeamController.class)
@ApiSlice
class TeamControllerTest {
    private static final String VALID_TEAM = """
            {"teamId":"66-24133-ENV","name":"Tổ môi trường Phường Buôn Ma Thuột",
             "teamType":"COMMUNE_ENVIRONMENT","communeCode":"24133"}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TeamService service;

    @Test
    void createWithoutTokenIs401ProblemDetails() throws Exception {
        mvc.perform(post("/api/v1/teams").contentType(MediaType.APPLICATION_JSON).content(VALID_TEAM))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        verifyNoInteractions(service);
    }

    @Test
    void createByAnotherRoleIs403() throws Exception {
        mvc.perform(post("/api/v1/teams").with(Tokens.staffWithRole("PROVINCE_OPERATIONS"))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID_TEAM))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(service);
    }

    @Test
    void updateWithoutTokenIs401() throws Exception {
        mvc.perform(put("/api/v1/teams/66-24133-CDS").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"active\":false}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void createsATeam() throws Exception {
        given(service.create(any())).willAnswer(call -> Team.create(call.getArgument(0), TestOutbox.NOW,
                TestOutbox.messages()));

        mvc.perform(admin(post("/api/v1/teams")).content(VALID_TEAM))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/teams/66-24133-ENV"))
                .andExpect(jsonPath("$.name").value("Tổ môi trường Phường Buôn Ma Thuột"))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.updatedAt").value("2025-07-01T01:00:00Z"));
    }

    @Test
    void createNamesEachMissingField() throws Exception {
        mvc.perform(admin(post("/api/v1/teams")).content("{\"teamId\":\"\",\"name\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("teamId", "name", "teamType")));
        verifyNoInteractions(service);
    }

    @Test
    void createWithUnknownCommuneIs400NamingCommuneCode() throws Exception {
        mvc.perform(admin(post("/api/v1/teams")).content("""
                        {"teamId":"66-99999-ENV","name":"Tổ môi trường","teamType":"COMMUNE_ENVIRONMENT",
                         "communeCode":"99999"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("communeCode"))
                .andExpect(jsonPath("$.errors[0].message").value("is not the code of a commune or ward of Đắk Lắk"));
    }

    @Test
    void createOfACommuneTeamWithoutCommuneIs400NamingCommuneCode() throws Exception {
        mvc.perform(admin(post("/api/v1/teams")).content("""
                        {"teamId":"66-PUN-X","name":"Tổ phản ứng nhanh","teamType":"RAPID_RESPONSE"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("communeCode"))
                .andExpect(jsonPath("$.errors[0].message").value("is required for a RAPID_RESPONSE team"));
    }

    @Test
    void createWithUnknownTeamTypeIs400NamingTeamType() throws Exception {
        mvc.perform(admin(post("/api/v1/teams")).content("""
                        {"teamId":"66-X","name":"Tổ","teamType":"FIRE_BRIGADE"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("teamType"));
    }

    @Test
    void createOfAnExistingTeamIs409() throws Exception {
        given(service.create(any())).willThrow(new TeamAlreadyExistsException("66-24133-ENV"));

        mvc.perform(admin(post("/api/v1/teams")).content(VALID_TEAM))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Team already exists"));
    }

    @Test
    void updateNeedsNameAndActive() throws Exception {
        mvc.perform(admin(put("/api/v1/teams/66-24133-CDS")).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("active", "name")));
    }

    @Test
    void updateOfAMissingTeamIs404() throws Exception {
        given(service.change(anyString(), anyString(), anyBoolean())).willThrow(new TeamNotFoundException("nope"));

        mvc.perform(admin(put("/api/v1/teams/nope")).content("{\"name\":\"x\",\"active\":false}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void listingIsPublicAndFiltered() throws Exception {
        given(service.find(new TeamQuery("24133", TeamType.RAPID_RESPONSE))).willReturn(List.of(
                Team.restore("66-24133-PUN", "Tổ phản ứng nhanh Phường Buôn Ma Thuột", TeamType.RAPID_RESPONSE,
                        "24133", true, TestOutbox.NOW, 0)));

        mvc.perform(get("/api/v1/teams").param("communeCode", "24133").param("type", "RAPID_RESPONSE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].teamId").value("66-24133-PUN"));
    }

    @Test
    void emptyFiltersMeanNoFilter() throws Exception {
        given(service.find(new TeamQuery(null, null))).willReturn(List.of());

        mvc.perform(get("/api/v1/teams?communeCode=&type="))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void listingByUnknownCommuneIs400() throws Exception {
        mvc.perform(get("/api/v1/teams").param("communeCode", "12345"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("communeCode"));
    }

    @Test
    void unknownTeamIs404() throws Exception {
        given(service.get("nope")).willThrow(new TeamNotFoundException("nope"));

        mvc.perform(get("/api/v1/teams/nope"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Team not found"));
    }

    private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
        return request.with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON);
    }
}
