package vn.gov.daklak.routing.support;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.contracts.identity.TeamUpserted;
import vn.gov.daklak.platform.test.TestInfrastructure;
import vn.gov.daklak.platform.test.TestTokens;
import vn.gov.daklak.platform.test.mongo.KeyedAccessExtension;

/**
 * Base of every integration test of this module: identical annotations, so they all share one Spring context
 * against the shared broker and MongoDB endpoint (containers with Docker, embedded otherwise).
 */
@SpringBootTest(properties = {
        // tests call the scanner themselves, with their own clocks
        "routing.escalation.scan-interval=1h"})
@AutoConfigureMockMvc
public abstract class RoutingServiceIntegrationTest {
    protected static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
    /** An {@code Authorization} value of a province administrator (rules: read and publish; every case). */
    protected static final String PROVINCE_ADMIN = TestTokens.staff("admin-01", "PROVINCE_ADMIN").bearer();
    /** An {@code Authorization} value of province operations (rules: read; every case). */
    protected static final String PROVINCE_OPERATIONS = TestTokens.staff("ops-01", "PROVINCE_OPERATIONS").bearer();
    protected static final CloudEventsKafka kafka =
            new CloudEventsKafka(TestInfrastructure.shared().kafkaBootstrapServers());

    /** Every command the service sends while a test runs reads by key, or is one of the named exemptions. */
    @RegisterExtension
    static final KeyedAccessExtension KEYED_ACCESS = new KeyedAccessExtension(RoutingKeyedAccess.EXEMPTIONS);

    @Autowired
    protected MockMvc mvc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    protected static TeamUpserted team(String teamId, TeamType type, String communeCode, Instant updatedAt) {
        return new TeamUpserted(teamId, "Tổ " + teamId, type, communeCode, true, updatedAt);
    }

    /** Publishes the team and waits until the service's directory lists it. */
    protected void publishTeamAndWait(TeamUpserted team) {
        kafka.publish(team, team.teamId());
        awaitTeamListed(team.teamId(), team.communeCode());
    }

    protected void awaitTeamListed(String teamId, String communeCode) {
        String url = communeCode == null ? "/api/v1/teams" : "/api/v1/teams?communeCode=" + communeCode;
        await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() ->
                mvc.perform(get(url)).andReturn().getResponse().getContentAsString()
                        .contains("\"teamId\":\"" + teamId + "\""));
    }
}
