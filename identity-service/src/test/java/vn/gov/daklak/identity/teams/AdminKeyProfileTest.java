package vn.gov.daklak.identity.teams;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.platform.web.ProblemDetailsAdvice;

/** The demo admin key exists in the {@code local} profile only. */
class AdminKeyProfileTest {
    private static final String DEMO_KEY = "daklak-demo-admin-key";

    @Nested
    @WebMvcTest(TeamController.class)
    @Import(ProblemDetailsAdvice.class)
    @ActiveProfiles("local")
    class LocalProfile {
        @Autowired
        MockMvc mvc;

        @MockitoBean
        TeamService service;

        @Test
        void acceptsTheDemoKey() throws Exception {
            org.mockito.BDDMockito.given(service.change("66-24133-CDS", "Tổ", false)).willReturn(Team.restore(
                    "66-24133-CDS", "Tổ", TeamType.COMMUNITY_DIGITAL, "24133", false, TestOutbox.NOW, 1));

            renameWithDemoKey(mvc).andExpect(status().isOk());
        }
    }

    @Nested
    @WebMvcTest(TeamController.class)
    @Import(ProblemDetailsAdvice.class)
    class DefaultProfile {
        @Autowired
        MockMvc mvc;

        @MockitoBean
        TeamService service;

        @Test
        void hasNoKeySoRefusesEveryAdminCall() throws Exception {
            renameWithDemoKey(mvc).andExpect(status().isUnauthorized());
        }
    }

    private static ResultActions renameWithDemoKey(MockMvc mvc) throws Exception {
        return mvc.perform(put("/api/v1/teams/66-24133-CDS").header("X-Admin-Key", DEMO_KEY)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Tổ\",\"active\":false}"));
    }
}
