package vn.gov.daklak.routing.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.gov.daklak.routing.support.CloudEventsKafka.eventOf;
import static vn.gov.daklak.routing.support.CloudEventsKafka.header;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import vn.gov.daklak.contracts.CloudEventHeaders;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.contracts.report.EscalationLevel;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.ReportEscalated;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.platform.outbox.OutboxMessages;
import vn.gov.daklak.platform.outbox.OutboxRelay;
import vn.gov.daklak.platform.test.TestInfrastructure;
import vn.gov.daklak.routing.casefile.MongoRoutingCases;
import vn.gov.daklak.routing.casefile.RoutingCase;
import vn.gov.daklak.routing.casefile.RoutingCases;
import vn.gov.daklak.routing.support.CloudEventsKafka;
import vn.gov.daklak.routing.support.RoutingServiceIntegrationTest;

/**
 * The escalation ladder against the real broker and MongoDB endpoint. "Two instances" are two scanners with their
 * own MongoDB clients (as two JVMs would have) racing on the same deadlines; "a restart" is a fresh scanner and a
 * fresh client: only what is in the database survives.
 */
class EscalationFlowTest extends RoutingServiceIntegrationTest {
    static final String TUY_HOA = "22015";
    static final String TUY_HOA_TEAM = "team-22015-cds";
    static final int ROUNDS = 4;

    private static MongoClient otherInstanceClient;

    @Autowired
    RoutingCases cases;
    @Autowired
    OutboxMessages messages;
    @Autowired
    OutboxRelay relay;

    @BeforeAll
    static void secondInstanceConnection() {
        otherInstanceClient = MongoClients.create(TestInfrastructure.shared().mongoUri());
    }

    @AfterAll
    static void closeSecondInstanceConnection() {
        otherInstanceClient.close();
    }

    @BeforeEach
    void teamsAreKnown() {
        publishTeamAndWait(team("team-province-triage", TeamType.PROVINCE_TRIAGE, null,
                Instant.parse("2026-01-01T00:00:00Z")));
        publishTeamAndWait(team(TUY_HOA_TEAM, TeamType.COMMUNITY_DIGITAL, TUY_HOA,
                Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void everyStepIsPublishedOnceWithTwoInstancesScanningAtOnceAndAfterARestart() throws Exception {
        RoutingCase c = routeAndAwaitCase();

        // instance A uses the service's own repository, instance B its own client; each step is raced for
        race(c.deadlines().acknowledgeBy().plusSeconds(60));
        race(c.deadlines().resolveBy().plusSeconds(60));
        scanner(newInstanceCases(), c.deadlines().resolveBy().plusSeconds(120)).scan(); // after a restart
        race(c.deadlines().provinceEscalationBy().plusSeconds(60));
        scanner(newInstanceCases(), c.deadlines().provinceEscalationBy().plusSeconds(3600)).scan(); // and again

        RoutingCase escalated = cases.find(c.reportId()).orElseThrow();
        assertThat(escalated.escalations()).containsOnlyKeys(EscalationLevel.values());
        kafka.await(Topics.REPORT_EVENTS, eventOf(ReportEscalated.class, c.reportId()), 3, EVENT_TIMEOUT);
        List<ConsumerRecord<String, byte[]>> events =
                kafka.readAll(Topics.REPORT_EVENTS, eventOf(ReportEscalated.class, c.reportId()),
                        Duration.ofSeconds(2));
        assertThat(events).as("one record per step").hasSize(3);
        List<ReportEscalated> escalations = events.stream()
                .map(r -> CloudEventsKafka.JSON.readValue(r.value(), ReportEscalated.class)).toList();
        assertThat(escalations).extracting(ReportEscalated::level).containsExactly(EscalationLevel.TEAM_LEAD,
                EscalationLevel.COMMUNE_CHAIRMAN, EscalationLevel.PROVINCE_OPERATIONS);
        assertThat(events).allSatisfy(r -> assertThat(header(r, CloudEventHeaders.TYPE))
                .isEqualTo("vn.gov.daklak.feedback.report.escalated"));
        assertThat(events).extracting(r -> header(r, CloudEventHeaders.ID))
                .containsExactlyElementsOf(List.of(escalated.escalations().get(EscalationLevel.TEAM_LEAD).eventId(),
                        escalated.escalations().get(EscalationLevel.COMMUNE_CHAIRMAN).eventId(),
                        escalated.escalations().get(EscalationLevel.PROVINCE_OPERATIONS).eventId()));
        ReportEscalated first = escalations.get(0);
        assertThat(first.teamId()).isEqualTo(TUY_HOA_TEAM);
        assertThat(first.communeCode()).isEqualTo(TUY_HOA);
        assertThat(first.missedDeadline()).isEqualTo(c.deadlines().acknowledgeBy());
        assertThat(first.reason()).startsWith("Quá hạn tiếp nhận");
        assertThat(escalations.get(1).missedDeadline()).isEqualTo(c.deadlines().resolveBy());
        assertThat(escalations.get(1).reason()).contains("báo Chủ tịch UBND Phường Tuy Hòa");
        assertThat(escalations.get(2).missedDeadline()).isEqualTo(c.deadlines().provinceEscalationBy());
    }

    @Test
    void acknowledgementStopsTheTeamLeadStepAndResolutionStopsTheRest() throws Exception {
        RoutingCase c = routeAndAwaitCase();
        publishStatus(c, ReportStatus.ROUTED, ReportStatus.ACKNOWLEDGED, c.assignedAt().plusSeconds(600));
        await().atMost(EVENT_TIMEOUT).until(() -> cases.find(c.reportId()).orElseThrow().progress()
                .acknowledgedAt() != null);

        scanner(cases, c.deadlines().acknowledgeBy().plusSeconds(60)).scan();
        assertThat(cases.find(c.reportId()).orElseThrow().escalations()).isEmpty();

        scanner(cases, c.deadlines().resolveBy().plusSeconds(60)).scan();
        assertThat(cases.find(c.reportId()).orElseThrow().escalations())
                .containsOnlyKeys(EscalationLevel.COMMUNE_CHAIRMAN);

        publishStatus(c, ReportStatus.ACKNOWLEDGED, ReportStatus.RESOLVED, c.deadlines().resolveBy().plusSeconds(90));
        await().atMost(EVENT_TIMEOUT).until(() -> cases.find(c.reportId()).orElseThrow().progress().finished());

        scanner(cases, c.deadlines().provinceEscalationBy().plusSeconds(60)).scan();
        assertThat(cases.find(c.reportId()).orElseThrow().escalations())
                .containsOnlyKeys(EscalationLevel.COMMUNE_CHAIRMAN);
    }

    /** Both instances scan at the same moment, {@link #ROUNDS} times; returns how many steps they took in all. */
    private int race(Instant now) throws Exception {
        EscalationScanner a = scanner(cases, now);
        EscalationScanner b = scanner(newInstanceCases(), now);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (EscalationScanner s : List.of(a, b)) {
                results.add(pool.submit(() -> {
                    int taken = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        start.await();
                        taken += s.scan();
                    }
                    return taken;
                }));
            }
            int total = 0;
            for (Future<Integer> f : results) {
                total += f.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    private EscalationScanner scanner(RoutingCases on, Instant now) {
        return new EscalationScanner(on, messages, Clock.fixed(now, ZoneOffset.UTC), 1000);
    }

    private RoutingCases newInstanceCases() {
        return new MongoRoutingCases(new MongoTemplate(otherInstanceClient, "routing-service"), relay);
    }

    private RoutingCase routeAndAwaitCase() {
        String reportId = "rpt-" + UUID.randomUUID();
        kafka.publish(new ReportSubmitted(reportId, "DL-ESC", "KHAC", "Góp ý về chợ", "Chợ thiếu chỗ để xe", null,
                TUY_HOA, null, IntakeChannel.WEB, null, Instant.now()), reportId);
        assertThat(kafka.await(Topics.REPORT_EVENTS, eventOf(ReportRouted.class, reportId), 1, EVENT_TIMEOUT))
                .hasSize(1);
        return cases.find(reportId).orElseThrow();
    }

    private void publishStatus(RoutingCase c, ReportStatus from, ReportStatus to, Instant at) {
        kafka.publish(new ReportStatusChanged(c.reportId(), from, to, "staff-1", "TEAM_MEMBER", "", TUY_HOA_TEAM, at),
                c.reportId());
    }
}
