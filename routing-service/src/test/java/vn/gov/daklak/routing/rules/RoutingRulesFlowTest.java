package vn.gov.daklak.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.gov.daklak.routing.support.CloudEventsKafka.eventOf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.platform.test.TestInfrastructure;
import vn.gov.daklak.routing.support.CloudEventsKafka;
import vn.gov.daklak.routing.support.RoutingServiceIntegrationTest;

/** Rules are changed over HTTP while the service runs; the next report follows them and records their version. */
class RoutingRulesFlowTest extends RoutingServiceIntegrationTest {
    static final String O_LOAN = "22147";
    static final String CDS = "team-22147-cds";
    static final String POLICE = "team-22147-ca";
    static final JsonMapper JSON = CloudEventsKafka.JSON;

    @BeforeEach
    void teamsAreKnown() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        publishTeamAndWait(team("team-province-triage", TeamType.PROVINCE_TRIAGE, null, t));
        publishTeamAndWait(team(CDS, TeamType.COMMUNITY_DIGITAL, O_LOAN, t));
        publishTeamAndWait(team(POLICE, TeamType.COMMUNE_POLICE, O_LOAN, t));
    }

    @Test
    void publishingNeedsAProvinceAdministratorAndValidRules() throws Exception {
        String draft = "{\"note\":\"x\",\"placeKinds\":[],\"rules\":[]}";
        mvc.perform(put("/api/v1/routing/rules").contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/routing/rules").header(HttpHeaders.AUTHORIZATION, PROVINCE_OPERATIONS)
                        .contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/routing/rules").header(HttpHeaders.AUTHORIZATION, PROVINCE_ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Invalid routing rules: rules: at least one rule is required"));
    }

    @Test
    void aPublishedChangeAppliesToTheNextReportWithoutRestartAndEachDecisionRecordsItsRule() throws Exception {
        ReportRouted before = route("Lễ hội đua thuyền gây mất trật tự");
        assertThat(before.teamId()).isEqualTo(CDS);
        assertThat(before.ruleId()).isEqualTo("default-commune-team");

        ObjectNode draft = (ObjectNode) JSON.readTree(new ClassPathResource("routing/team-rules.json")
                .getInputStream());
        ((ArrayNode) draft.get("rules")).insert(0, JSON.readTree("""
                {"id": "festival-order-police",
                 "why": "Lễ hội: Công an xã giữ trật tự (thử nghiệm).",
                 "categories": ["VAN_HOA_DU_LICH.LE_HOI"],
                 "targets": [{"teamType": "COMMUNE_POLICE", "scope": "COMMUNE"}]}"""));
        draft.put("note", "Lễ hội do công an xã xử lý");
        String published = mvc.perform(put("/api/v1/routing/rules").header(HttpHeaders.AUTHORIZATION, PROVINCE_ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(draft)))
                .andExpect(status().isOk())
                // the administrator's staff id, from the token
                .andExpect(jsonPath("$.createdBy").value("admin-01"))
                .andReturn().getResponse().getContentAsString();
        long version = JSON.readTree(published).get("version").asLong();

        ReportRouted after = route("Lễ hội đua thuyền gây mất trật tự");
        assertThat(after.teamId()).isEqualTo(POLICE);
        assertThat(after.ruleId()).isEqualTo("festival-order-police");
        assertThat(after.reason()).contains("Lễ hội: Công an xã giữ trật tự (thử nghiệm).");
        mvc.perform(get("/api/v1/routing/decisions/" + after.reportId())
                        .header(HttpHeaders.AUTHORIZATION, PROVINCE_OPERATIONS))
                .andExpect(jsonPath("$.ruleSetVersion").value(version))
                .andExpect(jsonPath("$.ruleId").value("festival-order-police"));
        mvc.perform(get("/api/v1/routing/rules/" + version).header(HttpHeaders.AUTHORIZATION, PROVINCE_OPERATIONS))
                .andExpect(jsonPath("$.rules[0].id")
                .value("festival-order-police"));
        mvc.perform(get("/api/v1/routing/rules/history").header(HttpHeaders.AUTHORIZATION, PROVINCE_OPERATIONS))
                .andExpect(jsonPath("$[0].version").value(version))
                .andExpect(jsonPath("$[0].note").value("Lễ hội do công an xã xử lý"));

        // another instance (its own client, cache refreshed at once) sees the same version
        try (MongoClient other = MongoClients.create(TestInfrastructure.shared().mongoUri())) {
            MongoRuleBook otherInstance = new MongoRuleBook(new MongoTemplate(other, "routing-service"), JSON,
                    Clock.systemUTC(), new RulesProperties(new ClassPathResource("routing/team-rules.json"),
                    Duration.ZERO));
            assertThat(otherInstance.current().version()).isEqualTo(version);
        }
    }

    private ReportRouted route(String title) {
        String reportId = "rpt-" + UUID.randomUUID();
        kafka.publish(new ReportSubmitted(reportId, "DL-RULE", "VAN_HOA_DU_LICH.LE_HOI", title, "", null, O_LOAN,
                null, IntakeChannel.WEB, null, Instant.now()), reportId);
        return CloudEventsKafka.JSON.readValue(kafka.await(Topics.REPORT_EVENTS, eventOf(ReportRouted.class, reportId),
                1, EVENT_TIMEOUT).get(0).value(), ReportRouted.class);
    }
}
