package vn.gov.daklak.feedback.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.feedback.FeedbackIntegrationTest;
import vn.gov.daklak.feedback.SseTestClient;

/** A team's queue: sorted by deadline, filtered, paged; and its live event stream with Last-Event-ID resume. */
class TeamQueueTest extends FeedbackIntegrationTest {

    @Test
    void aRoutedReportReachesTheTeamsStreamWithinTwoSecondsAndTheStreamResumesAfterLastEventId() throws Exception {
        routedReport(); // the routed-topic consumer is assigned its partitions
        String team = "66-24133-SSE-" + UUID.randomUUID();
        String events = "http://localhost:" + port + "/api/v1/teams/" + team + "/queue/events";
        Map<String, String> staff = Map.of("Authorization", staffOf(team, "to-truong"));

        String first;
        String lastEventId;
        try (var stream = new SseTestClient(events, staff)) {
            assertThat(stream.awaitOpen()).isEqualTo(200);
            long submittedAt = System.nanoTime();
            first = submit();
            route(first, team, clock.instant().plus(2, ChronoUnit.DAYS)); // routing-service's decision

            SseTestClient.Event event = stream.next(Duration.ofSeconds(2));
            long elapsedMillis = (System.nanoTime() - submittedAt) / 1_000_000;
            assertThat(event).as("an event within 2 s of the submission").isNotNull();
            assertThat(elapsedMillis).isLessThan(2000);
            assertThat(event.name()).isEqualTo("queue");
            JsonNode data = json.readTree(event.data());
            assertThat(data.get("kind").asString()).isEqualTo("ADDED");
            assertThat(data.get("reportId").asString()).isEqualTo(first);
            assertThat(data.get("item").get("status").asString()).isEqualTo("ROUTED");
            assertThat(data.get("item").get("teamId").asString()).isEqualTo(team);
            assertThat(data.get("item").has("reporter")).isFalse();
            lastEventId = event.id();
            assertThat(data.get("seq").asLong()).isEqualTo(Long.parseLong(lastEventId));
        }

        // while the console is away: the first report is acknowledged, a second one arrives
        post("/api/v1/reports/" + first + "/acknowledge", staffOf(team, "to-truong"), "{}");
        String second = route(submit(), team, clock.instant().plus(1, ChronoUnit.DAYS));

        try (var resumed = new SseTestClient(events, Map.of("Authorization", staffOf(team, "to-truong"),
                "Last-Event-ID", lastEventId))) {
            assertThat(resumed.awaitOpen()).isEqualTo(200);
            var missed = List.of(resumed.next(Duration.ofSeconds(5)), resumed.next(Duration.ofSeconds(5)));
            assertThat(missed).doesNotContainNull();
            assertThat(missed).extracting(SseTestClient.Event::id).containsExactly(
                    String.valueOf(Long.parseLong(lastEventId) + 1), String.valueOf(Long.parseLong(lastEventId) + 2));
            var first2 = json.readTree(missed.get(0).data());
            var second2 = json.readTree(missed.get(1).data());
            assertThat(first2.get("reportId").asString()).isEqualTo(first);
            assertThat(first2.get("kind").asString()).isEqualTo("CHANGED");
            assertThat(first2.get("item").get("status").asString()).isEqualTo("ACKNOWLEDGED");
            assertThat(second2.get("reportId").asString()).isEqualTo(second);
            assertThat(second2.get("kind").asString()).isEqualTo("ADDED");
            assertThat(resumed.next(Duration.ofMillis(700))).as("nothing replayed twice").isNull();
        }
    }

    @Test
    void theQueueIsSortedByDeadlineFilteredByStatusAndCategoryAndPaged() {
        String team = "66-24133-Q-" + UUID.randomUUID();
        var now = clock.instant();
        String late = route(submit(), team, now.plus(3, ChronoUnit.DAYS));
        String urgent = route(submit(), team, now.plus(1, ChronoUnit.DAYS));
        String water = route(submit(validReport().replace("VE_SINH_MOI_TRUONG", "CAP_NUOC")), team,
                now.plus(2, ChronoUnit.DAYS));
        String queue = "/api/v1/teams/" + team + "/queue";

        assertThat(ids(staffGet(queue))).containsExactly(urgent, water, late);
        JsonNode secondPage = staffGet(queue + "?size=2&page=1");
        assertThat(ids(secondPage)).containsExactly(late);
        assertThat(secondPage.get("totalItems").asLong()).isEqualTo(3);
        assertThat(secondPage.get("totalPages").asInt()).isEqualTo(2);
        assertThat(ids(staffGet(queue + "?category=CAP_NUOC"))).containsExactly(water);

        post("/api/v1/reports/" + late + "/acknowledge", staffOf(team, "to-truong"), "{}");
        post("/api/v1/reports/" + late + "/claim", staffOf(team, "can-bo-02"), null);
        JsonNode acknowledged = staffGet(queue + "?status=ACKNOWLEDGED");
        assertThat(ids(acknowledged)).containsExactly(late);
        assertThat(acknowledged.get("items").get(0).get("assigneeId").asString()).isEqualTo("can-bo-02");
        assertThat(ids(staffGet(queue + "?status=ROUTED,ACKNOWLEDGED&category=VE_SINH_MOI_TRUONG")))
                .containsExactly(urgent, late);

        var asResident = http().get().uri(queue).header("Authorization", resident()).retrieve()
                .toEntity(JsonNode.class);
        assertThat(asResident.getStatusCode().value()).isEqualTo(403);
        var otherTeam = http().get().uri(queue).header("Authorization", staff("can-bo-khac")).retrieve()
                .toEntity(JsonNode.class);
        assertThat(otherTeam.getStatusCode().value()).isEqualTo(403);
        var badStatus = http().get().uri(queue + "?status=NOPE").header("Authorization", staffOf(team, "to-truong"))
                .retrieve().toEntity(JsonNode.class);
        assertThat(badStatus.getStatusCode().value()).isEqualTo(400);
    }

    private JsonNode staffGet(String path) {
        String team = path.split("/")[4];
        return http().get().uri(path).header("Authorization", staffOf(team, "to-truong")).retrieve()
                .body(JsonNode.class);
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("id").asString()).toList();
    }
}
