package vn.gov.daklak.routing.teams;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.contracts.identity.TeamUpserted;
import vn.gov.daklak.routing.support.RoutingServiceIntegrationTest;

class TeamDirectoryFlowTest extends RoutingServiceIntegrationTest {
    static final String EA_KAO = "24169";

    @Test
    void olderUpdatesDoNotOverwriteNewerOnes() throws Exception {
        String teamId = "team-" + UUID.randomUUID();
        Instant t1 = Instant.parse("2026-02-01T00:00:00Z");
        TeamUpserted newer = new TeamUpserted(teamId, "Tên mới", TeamType.COMMUNITY_DIGITAL, EA_KAO, true,
                t1.plusSeconds(60));
        TeamUpserted older = new TeamUpserted(teamId, "Tên cũ", TeamType.COMMUNITY_DIGITAL, EA_KAO, false, t1);

        // all on one partition, so the sentinel being listed means the older update was handled before it
        kafka.publish(newer, teamId, UUID.randomUUID().toString(), 1);
        kafka.publish(older, teamId, UUID.randomUUID().toString(), 1);
        String sentinel = "team-" + UUID.randomUUID();
        kafka.publish(team(sentinel, TeamType.RAPID_RESPONSE, EA_KAO, t1), sentinel, UUID.randomUUID().toString(), 1);
        awaitTeamListed(sentinel, EA_KAO);

        mvc.perform(get("/api/v1/teams").param("communeCode", EA_KAO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.teamId == '" + teamId + "')].name").value("Tên mới"))
                .andExpect(jsonPath("$[?(@.teamId == '" + teamId + "')].active").value(true));
    }

    @Test
    void newerUpdatesReplaceTheStoredTeam() throws Exception {
        String teamId = "team-" + UUID.randomUUID();
        Instant t1 = Instant.parse("2026-02-01T00:00:00Z");
        publishTeamAndWait(new TeamUpserted(teamId, "Tên cũ", TeamType.COMMUNITY_DIGITAL, EA_KAO, true, t1));
        kafka.publish(new TeamUpserted(teamId, "Tên mới", TeamType.COMMUNITY_DIGITAL, EA_KAO, true,
                t1.plusSeconds(1)), teamId);

        org.awaitility.Awaitility.await().atMost(EVENT_TIMEOUT).untilAsserted(() ->
                mvc.perform(get("/api/v1/teams").param("communeCode", EA_KAO))
                        .andExpect(jsonPath("$[?(@.teamId == '" + teamId + "')].name").value("Tên mới")));
    }
}
