package vn.gov.daklak.console.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.daklak.console.signin.ConsoleUser;

/**
 * The web console's own rules, without the services (none is reachable here, so a page that passes the rules and
 * calls one shows the "service not answering" page, 503): which role opens which page, sign-in for pages that need a
 * session, CSRF on every form, and the session and security headers. The services' own refusals (another team's
 * report) are shown end to end in local-platform's {@code WebConsoleAccessIT}.
 */
@SpringBootTest(properties = {"console.services.feedback=http://localhost:9", "console.services.routing=http://localhost:9",
        "console.services.notification=http://localhost:9", "console.services.identity=http://localhost:9",
        "console.kafka.brokers=localhost:9", "console.report-rate.initial-delay=1h"})
@AutoConfigureMockMvc
class PageAccessTest {

    static final Authentication RESIDENT = user("resident", "RESIDENT");
    static final Authentication MEMBER = user("staff", "TEAM_MEMBER");
    static final Authentication CHAIRMAN = user("staff", "COMMUNE_CHAIRMAN");
    static final Authentication OPERATIONS = user("staff", "PROVINCE_OPERATIONS");
    static final Authentication OPS_VIEWER = user("staff", "OPS_VIEWER");

    @Autowired
    MockMvc mvc;

    static Authentication user(String type, String role) {
        ConsoleUser user = new ConsoleUser("u-" + role, type, Set.of(role), Set.of("66-24133-CDS"), Set.of("24133"),
                null);
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("/console", RESIDENT), Arguments.of("/console/teams/66-24133-CDS", RESIDENT),
                Arguments.of("/console/reports/r-1", RESIDENT), Arguments.of("/overview", RESIDENT),
                Arguments.of("/operations", RESIDENT), Arguments.of("/console", OPS_VIEWER),
                Arguments.of("/overview", MEMBER), Arguments.of("/operations", MEMBER),
                Arguments.of("/operations", CHAIRMAN), Arguments.of("/report/new", MEMBER),
                Arguments.of("/report/new", OPERATIONS));
    }

    @ParameterizedTest(name = "{0} refused to {1}")
    @MethodSource("refusals")
    void aPageRefusesTheWrongRole(String page, Authentication who) throws Exception {
        mvc.perform(get(page).with(authentication(who))).andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/denied"));
    }

    static Stream<Arguments> admissions() {
        return Stream.of(Arguments.of("/report/new", RESIDENT), Arguments.of("/console", MEMBER),
                Arguments.of("/overview", CHAIRMAN), Arguments.of("/operations", OPS_VIEWER),
                Arguments.of("/operations", OPERATIONS));
    }

    @ParameterizedTest(name = "{0} opens for {1}")
    @MethodSource("admissions")
    void theRightRolePassesTheRules(String page, Authentication who) throws Exception {
        int status = mvc.perform(get(page).with(authentication(who))).andReturn().getResponse().getStatus();
        org.assertj.core.api.Assertions.assertThat(status).as(page).isIn(200, 302, 503);
    }

    @Test
    void pagesThatNeedASessionSendToSignIn() throws Exception {
        mvc.perform(get("/console/teams/66-24133-CDS")).andExpect(redirectedUrl("/sign-in?kind=staff"));
        mvc.perform(get("/operations")).andExpect(redirectedUrl("/sign-in?kind=staff"));
        mvc.perform(get("/report/new")).andExpect(redirectedUrl("/sign-in?kind=resident"));
        mvc.perform(get("/sign-in").param("kind", "resident")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng nhập bằng số điện thoại")));
    }

    @Test
    void everyFormNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/sign-in/code").param("kind", "staff").param("phone", "0900000001"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/reports/r-1/acknowledge").with(authentication(MEMBER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/reports/r-1/acknowledge").with(authentication(MEMBER)).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/report").with(authentication(RESIDENT))).andExpect(status().isForbidden());
        mvc.perform(post("/sign-out").with(authentication(MEMBER))).andExpect(status().isForbidden());
        mvc.perform(post("/sign-out").with(authentication(MEMBER)).with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theRefusalPageSaysSoInWords() throws Exception {
        mvc.perform(get("/denied")).andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Không được phép")));
    }

    @Test
    void thePublicPagesAndTheBoundariesNeedNoSession() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString(
                        "default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        mvc.perform(get("/public/communes.geojson")).andExpect(status().isOk());
        mvc.perform(get("/track")).andExpect(status().isOk());
        mvc.perform(get("/?lang=en")).andExpect(status().isOk()).andExpect(cookie().exists("DAKLAK_LANG"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("File a new report")));
    }
}
