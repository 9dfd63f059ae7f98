package vn.gov.daklak.routing.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.daklak.routing.support.CloudEventsKafka.eventOf;
import static vn.gov.daklak.routing.support.CloudEventsKafka.ofType;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.Lane;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.routing.support.RoutingServiceIntegrationTest;

/** An urgent report does not wait behind a backlog of ordinary ones: its events travel a lane of their own. */
class UrgentLaneTest extends RoutingServiceIntegrationTest {
    private static final String TAN_LAP = "24121";
    private static final int BACKLOG = 400;

    @BeforeEach
    void teamsAreKnown() {
        publishTeamAndWait(team("team-province-triage", TeamType.PROVINCE_TRIAGE, null,
                Instant.parse("2026-01-01T00:00:00Z")));
        publishTeamAndWait(team("team-24121-cds", TeamType.COMMUNITY_DIGITAL, TAN_LAP,
                Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void anUrgentReportIsRoutedOnItsLaneAheadOfABacklogOfOrdinaryReports() {
        Map<String, ReportSubmitted> backlog = new LinkedHashMap<>();
        for (int i = 0; i < BACKLOG; i++) {
            String id = newReportId();
            backlog.put(id, report(id, "Rác chưa thu gom", "Rác tồn đọng ba ngày ở tổ dân phố " + i));
        }
        kafka.publishAll(Lane.ORDINARY.topic(), backlog);
        String urgentId = newReportId();
        kafka.publishAll(Lane.URGENT.topic(), Map.of(urgentId,
                report(urgentId, "Dây điện đứt rơi xuống đường", "Dây điện đứt sau cơn giông, nguy hiểm")));

        ConsumerRecord<String, byte[]> urgent = kafka.await(Lane.URGENT.topic(),
                eventOf(ReportRouted.class, urgentId), 1, Duration.ofSeconds(60)).get(0);
        List<ConsumerRecord<String, byte[]>> ordinary = kafka.await(Lane.ORDINARY.topic(),
                ofType(ReportRouted.class).and(r -> backlog.containsKey(r.key())), BACKLOG, Duration.ofMinutes(3));

        assertThat(ordinary).as("the whole backlog is routed").hasSize(BACKLOG);
        long routedBeforeTheUrgentOne = ordinary.stream().filter(r -> r.timestamp() <= urgent.timestamp()).count();
        assertThat(routedBeforeTheUrgentOne).as("ordinary reports routed before the urgent one")
                .isLessThan(BACKLOG / 2);
        assertThat(kafka.readAll(Lane.ORDINARY.topic(), eventOf(ReportRouted.class, urgentId), Duration.ofSeconds(1)))
                .as("the urgent report's decision stays on its lane").isEmpty();
    }

    private static String newReportId() {
        return "rep-" + UUID.randomUUID();
    }

    private static ReportSubmitted report(String reportId, String title, String description) {
        return new ReportSubmitted(reportId, "DL-" + reportId.substring(4, 12), "VE_SINH_MOI_TRUONG", title,
                description, null, TAN_LAP, null, IntakeChannel.PROVINCE_APP, null, Instant.now());
    }
}
