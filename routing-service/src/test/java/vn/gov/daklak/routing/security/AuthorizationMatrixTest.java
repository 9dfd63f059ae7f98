package vn.gov.daklak.routing.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.gov.daklak.routing.support.CloudEventsKafka.eventOf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.platform.test.TestTokens;
import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.reference.Communes;
import vn.gov.daklak.routing.support.CloudEventsKafka;
import vn.gov.daklak.routing.support.RoutingServiceIntegrationTest;

/**
 * Who may call which endpoint, with real tokens checked against the test issuer's JWKS: every endpoint without a
 * token, with the wrong role, team or commune, and with the right one; refused tokens; 401/403 as problem details.
 * One routing case (report {@link #REPORT_ID}, routed to {@link #TEAM} in {@link #EA_KAR}) is created through the
 * broker as a {@code ReportSubmitted}.
 */
class AuthorizationMatrixTest extends RoutingServiceIntegrationTest {
    static final Commune EA_KAR = Communes.byCode("24373").orElseThrow();
    static final String EA_O = "24403";
    static final String TEAM = "team-24373-cds";
    static final String OTHER_TEAM = "team-24403-cds";
    static final String REPORT_ID = "rpt-authz-" + UUID.randomUUID();
    static final String DECISION = "/api/v1/routing/decisions/" + REPORT_ID;
    static final String UNKNOWN_DECISION = "/api/v1/routing/decisions/rpt-authz-unknown";
    static final String RULES = "/api/v1/routing/rules";
    static final String INVALID_DRAFT = "{\"note\":\"x\",\"placeKinds\":[],\"rules\":[]}";
    private static boolean routed;

    // the callers
    static final String NONE = null;
    static final String RESIDENT = TestTokens.resident("res-1").bearer();
    static final String HOTLINE_APP = TestTokens.application("daklak-hotline", "HOTLINE", "CHANNEL_APP").bearer();
    static final String APP_CLAIMING_ADMIN =
            TestTokens.application("rogue-app", "PROVINCE_APP", "PROVINCE_ADMIN").bearer();
    static final String MEMBER = TestTokens.staff("member-1", "TEAM_MEMBER").teams(TEAM).communes(EA_KAR.code())
            .bearer();
    static final String LEAD = TestTokens.staff("lead-1", "TEAM_MEMBER", "TEAM_LEAD").teams(TEAM)
            .communes(EA_KAR.code()).bearer();
    static final String CHAIRMAN = TestTokens.staff("chair-1", "COMMUNE_CHAIRMAN").communes(EA_KAR.code()).bearer();
    static final String OTHER_TEAM_MEMBER = TestTokens.staff("member-2", "TEAM_MEMBER").teams(OTHER_TEAM)
            .communes(EA_O).bearer();
    static final String OTHER_TEAM_LEAD = TestTokens.staff("lead-2", "TEAM_MEMBER", "TEAM_LEAD").teams(OTHER_TEAM)
            .communes(EA_O).bearer();
    /** Works in the case's commune, but in none of its teams and not as chairman. */
    static final String SAME_COMMUNE_NOT_TEAM = TestTokens.staff("member-3", "TEAM_MEMBER").teams(OTHER_TEAM)
            .communes(EA_KAR.code()).bearer();
    static final String OTHER_CHAIRMAN = TestTokens.staff("chair-2", "COMMUNE_CHAIRMAN").communes(EA_O).bearer();
    static final String OPS_VIEWER = TestTokens.staff("viewer-1", "OPS_VIEWER").bearer();
    static final String OPERATIONS = PROVINCE_OPERATIONS;
    static final String ADMIN = PROVINCE_ADMIN;

    @BeforeEach
    void oneRoutedCase() {
        if (routed) {
            return;
        }
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        publishTeamAndWait(team("team-province-triage", TeamType.PROVINCE_TRIAGE, null, t));
        publishTeamAndWait(team(TEAM, TeamType.COMMUNITY_DIGITAL, EA_KAR.code(), t));
        publishTeamAndWait(team(OTHER_TEAM, TeamType.COMMUNITY_DIGITAL, EA_O, t));
        kafka.publish(new ReportSubmitted(REPORT_ID, "DL-AUTHZ", "KHAC", "Đề nghị lắp đèn đường", "Đường tối",
                null, EA_KAR.code(), null, IntakeChannel.WEB, null, Instant.now()), REPORT_ID);
        ReportRouted event = CloudEventsKafka.JSON.readValue(kafka.await(Topics.REPORT_EVENTS,
                eventOf(ReportRouted.class, REPORT_ID), 1, EVENT_TIMEOUT).get(0).value(), ReportRouted.class);
        assertThat(event.teamId()).isEqualTo(TEAM);
        assertThat(event.communeCode()).isEqualTo(EA_KAR.code());
        routed = true;
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        // public reference data, docs and actuator: no token needed
        String locate = "/api/v1/jurisdictions/locate?lat=" + EA_KAR.labelLat() + "&lon=" + EA_KAR.labelLon();
        for (String path : List.of("/api/v1/jurisdictions", "/api/v1/jurisdictions/" + EA_KAR.code(), locate,
                "/api/v1/teams", "/api/v1/teams?communeCode=" + EA_KAR.code(), "/v3/api-docs", "/actuator/info")) {
            rows.add(row("GET", path, NONE, "nobody", 200));
            rows.add(row("GET", path, RESIDENT, "resident", 200));
        }
        // rules: configuration, read by province operations and administrators
        for (String path : List.of(RULES, RULES + "/history", RULES + "/1")) {
            rows.add(row("GET", path, NONE, "nobody", 401));
            rows.add(row("GET", path, RESIDENT, "resident", 403));
            rows.add(row("GET", path, HOTLINE_APP, "channel application", 403));
            rows.add(row("GET", path, APP_CLAIMING_ADMIN, "application with PROVINCE_ADMIN role", 403));
            rows.add(row("GET", path, MEMBER, "team member", 403));
            rows.add(row("GET", path, LEAD, "team lead", 403));
            rows.add(row("GET", path, CHAIRMAN, "commune chairman", 403));
            rows.add(row("GET", path, OPS_VIEWER, "ops viewer", 403));
            rows.add(row("GET", path, OPERATIONS, "province operations", 200));
            rows.add(row("GET", path, ADMIN, "province admin", 200));
        }
        // publishing rules: administrators only (an invalid draft: 400 shows the request got past the check)
        rows.add(row("PUT", RULES, NONE, "nobody", 401));
        rows.add(row("PUT", RULES, RESIDENT, "resident", 403));
        rows.add(row("PUT", RULES, HOTLINE_APP, "channel application", 403));
        rows.add(row("PUT", RULES, APP_CLAIMING_ADMIN, "application with PROVINCE_ADMIN role", 403));
        rows.add(row("PUT", RULES, LEAD, "team lead", 403));
        rows.add(row("PUT", RULES, CHAIRMAN, "commune chairman", 403));
        rows.add(row("PUT", RULES, OPS_VIEWER, "ops viewer", 403));
        rows.add(row("PUT", RULES, OPERATIONS, "province operations", 403));
        rows.add(row("PUT", RULES, ADMIN, "province admin", 400));
        // a routing case: the staff who may work on it now
        rows.add(row("GET", DECISION, NONE, "nobody", 401));
        rows.add(row("GET", DECISION, RESIDENT, "resident", 403));
        rows.add(row("GET", DECISION, HOTLINE_APP, "channel application", 403));
        rows.add(row("GET", DECISION, APP_CLAIMING_ADMIN, "application with PROVINCE_ADMIN role", 403));
        rows.add(row("GET", DECISION, OPS_VIEWER, "ops viewer", 403));
        rows.add(row("GET", DECISION, OTHER_TEAM_MEMBER, "member of another team", 403));
        rows.add(row("GET", DECISION, OTHER_TEAM_LEAD, "lead of another team", 403));
        rows.add(row("GET", DECISION, SAME_COMMUNE_NOT_TEAM, "same commune, not the team, not chairman", 403));
        rows.add(row("GET", DECISION, OTHER_CHAIRMAN, "chairman of another commune", 403));
        rows.add(row("GET", DECISION, MEMBER, "member of the assigned team", 200));
        rows.add(row("GET", DECISION, LEAD, "lead of the assigned team", 200));
        rows.add(row("GET", DECISION, CHAIRMAN, "chairman of the case's commune", 200));
        rows.add(row("GET", DECISION, OPERATIONS, "province operations", 200));
        rows.add(row("GET", DECISION, ADMIN, "province admin", 200));
        // an unknown report: 404 only for those who may see any case; 403 for the rest (no probing of report ids)
        rows.add(row("GET", UNKNOWN_DECISION, NONE, "nobody", 401));
        rows.add(row("GET", UNKNOWN_DECISION, RESIDENT, "resident", 403));
        rows.add(row("GET", UNKNOWN_DECISION, MEMBER, "team member", 403));
        rows.add(row("GET", UNKNOWN_DECISION, CHAIRMAN, "commune chairman", 403));
        rows.add(row("GET", UNKNOWN_DECISION, OPERATIONS, "province operations", 404));
        rows.add(row("GET", UNKNOWN_DECISION, ADMIN, "province admin", 404));
        // any other API path needs a token
        rows.add(row("GET", "/api/v1/routing/nothing-here", NONE, "nobody", 401));
        return rows.stream();
    }

    private static Arguments row(String method, String path, String authorization, String caller, int expected) {
        return Arguments.of(method + " " + path, caller, authorization, expected);
    }

    @ParameterizedTest(name = "{0} as {1} → {3}")
    @MethodSource("matrix")
    void whoMayCallWhat(String request, String caller, String authorization, int expected) throws Exception {
        String[] methodAndPath = request.split(" ", 2);
        MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1]);
        if (authorization != null) {
            builder.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (methodAndPath[0].equals("PUT")) {
            builder.contentType(MediaType.APPLICATION_JSON).content(INVALID_DRAFT);
        }
        ResultActions result = mvc.perform(builder).andExpect(status().is(expected));
        if (expected == 401 || expected == 403 || expected == 404) {
            expectProblem(result, expected);
        }
        if (expected == 200 && request.startsWith("GET " + DECISION)) {
            result.andExpect(jsonPath("$.reportId").value(REPORT_ID)).andExpect(jsonPath("$.teamId").value(TEAM));
        }
    }

    static Stream<Arguments> refusedTokens() {
        return TestTokens.refusedVariantsOf(() -> TestTokens.staff("admin-01", "PROVINCE_ADMIN"), "feedback-service")
                .entrySet().stream().map(bad -> Arguments.of(bad.getKey(), bad.getValue()));
    }

    @ParameterizedTest(name = "{0} → 401")
    @MethodSource("refusedTokens")
    void refusedTokensAre401(String why, String token) throws Exception {
        expectProblem(mvc.perform(get(RULES).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized()), 401);
        expectProblem(mvc.perform(get(DECISION).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized()), 401);
    }

    @Test
    void anAdministratorPublishesRulesAsThemselves() throws Exception {
        JsonNode current = CloudEventsKafka.JSON.readTree(mvc.perform(get(RULES)
                        .header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        ObjectNode draft = CloudEventsKafka.JSON.createObjectNode();
        draft.put("note", "Same rules again (authorization test)");
        draft.set("placeKinds", current.get("placeKinds"));
        draft.set("rules", current.get("rules"));

        mvc.perform(put(RULES).header(HttpHeaders.AUTHORIZATION, TestTokens.staff("admin-42", "PROVINCE_ADMIN")
                        .bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content(CloudEventsKafka.JSON.writeValueAsString(draft)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.note").value("Same rules again (authorization test)"))
                .andExpect(jsonPath("$.createdBy").value("admin-42"));
    }

    @Test
    void anOldApiKeyHeaderGrantsNothing() throws Exception {
        expectProblem(mvc.perform(put(RULES).header("X-Api-Key", "daklak-demo-admin-key")
                .contentType(MediaType.APPLICATION_JSON).content(INVALID_DRAFT))
                .andExpect(status().isUnauthorized()), 401);
    }

    private static void expectProblem(ResultActions result, int status) throws Exception {
        result.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty());
        if (status == 401) {
            result.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, org.hamcrest.Matchers.startsWith(
                    "Bearer")));
        }
    }
}
