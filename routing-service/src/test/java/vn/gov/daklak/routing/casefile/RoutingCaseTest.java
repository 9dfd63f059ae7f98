package vn.gov.daklak.routing.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.contracts.report.EscalationLevel;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.routing.deadline.DeadlinePolicy;
import vn.gov.daklak.routing.decision.Assignment;
import vn.gov.daklak.routing.decision.ReportFacts;
import vn.gov.daklak.routing.decision.RoutingMethod;

/** The escalation ladder and the statuses that stop it. */
class RoutingCaseTest {
    static final Instant ROUTED = Instant.parse("2026-03-02T03:00:00Z");
    static final Instant ACK_BY = ROUTED.plusSeconds(3600);
    static final Instant RESOLVE_BY = ROUTED.plusSeconds(3 * 86400);
    static final Instant PROVINCE_BY = ROUTED.plusSeconds(5 * 86400);

    @Test
    void stepsFallDueAtTheirDeadlines() {
        RoutingCase c = routingCase("24121", Progress.none(), Map.of());
        assertThat(c.isDue(EscalationLevel.TEAM_LEAD, ACK_BY.minusMillis(1))).isFalse();
        assertThat(c.isDue(EscalationLevel.TEAM_LEAD, ACK_BY)).isTrue();
        assertThat(c.isDue(EscalationLevel.COMMUNE_CHAIRMAN, ACK_BY)).isFalse();
        assertThat(c.isDue(EscalationLevel.COMMUNE_CHAIRMAN, RESOLVE_BY)).isTrue();
        assertThat(c.isDue(EscalationLevel.PROVINCE_OPERATIONS, RESOLVE_BY)).isFalse();
        assertThat(c.isDue(EscalationLevel.PROVINCE_OPERATIONS, PROVINCE_BY)).isTrue();
    }

    @Test
    void theCalendarLooksAtACaseAgainAtEachDeadlineThatCanStillEscalateIt() {
        RoutingCase open = routingCase("24121", Progress.none(), Map.of());
        assertThat(open.nextEscalationAfter(ROUTED)).isEqualTo(ACK_BY);
        assertThat(open.nextEscalationAfter(ACK_BY)).isEqualTo(RESOLVE_BY);
        assertThat(open.nextEscalationAfter(RESOLVE_BY)).isEqualTo(PROVINCE_BY);
        assertThat(open.nextEscalationAfter(PROVINCE_BY)).as("nothing after the last step").isNull();

        Progress ack = Progress.none().after(ReportStatus.ACKNOWLEDGED, ROUTED.plusSeconds(60));
        assertThat(routingCase("24121", ack, Map.of()).nextEscalationAfter(ROUTED))
                .as("acknowledged: the team lead's deadline no longer matters").isEqualTo(RESOLVE_BY);
        assertThat(routingCase(null, Progress.none(), Map.of()).nextEscalationAfter(ACK_BY))
                .as("no commune, no chairman's step").isEqualTo(PROVINCE_BY);
        Progress resolved = Progress.none().after(ReportStatus.RESOLVED, ROUTED.plusSeconds(60));
        assertThat(routingCase("24121", resolved, Map.of()).nextEscalationAfter(ROUTED))
                .as("finished: off the calendar").isNull();
        RoutingCase chairmanTold = routingCase("24121", Progress.none(), Map.of(EscalationLevel.COMMUNE_CHAIRMAN,
                new EscalationStep(EscalationLevel.COMMUNE_CHAIRMAN, RESOLVE_BY, RESOLVE_BY, "t", "24121", "r", "e")));
        assertThat(chairmanTold.nextEscalationAfter(ACK_BY)).isEqualTo(PROVINCE_BY);
    }

    @Test
    void aStepIsTakenOnce() {
        RoutingCase c = routingCase("24121", Progress.none(), Map.of(EscalationLevel.TEAM_LEAD,
                new EscalationStep(EscalationLevel.TEAM_LEAD, ACK_BY, ACK_BY, "t", "24121", "r", "e")));
        assertThat(c.isDue(EscalationLevel.TEAM_LEAD, RESOLVE_BY)).isFalse();
    }

    @Test
    void acknowledgementStopsOnlyTheTeamLeadStep() {
        Progress ack = Progress.none().after(ReportStatus.ACKNOWLEDGED, ROUTED.plusSeconds(60));
        RoutingCase c = routingCase("24121", ack, Map.of());
        assertThat(c.isDue(EscalationLevel.TEAM_LEAD, PROVINCE_BY)).isFalse();
        assertThat(c.isDue(EscalationLevel.COMMUNE_CHAIRMAN, PROVINCE_BY)).isTrue();
    }

    @Test
    void finishingStopsEverythingAndReopeningStartsItAgain() {
        Progress resolved = Progress.none().after(ReportStatus.RESOLVED, ROUTED.plusSeconds(60));
        assertThat(routingCase("24121", resolved, Map.of()).isDue(EscalationLevel.PROVINCE_OPERATIONS, PROVINCE_BY))
                .isFalse();
        Progress reopened = resolved.after(ReportStatus.REOPENED, ROUTED.plusSeconds(120));
        assertThat(routingCase("24121", reopened, Map.of()).isDue(EscalationLevel.COMMUNE_CHAIRMAN, RESOLVE_BY))
                .isTrue();
        // a late redelivery of the older RESOLVED does not finish it again
        assertThat(reopened.after(ReportStatus.RESOLVED, ROUTED.plusSeconds(60)).finished()).isFalse();
        for (ReportStatus s : List.of(ReportStatus.CLOSED, ReportStatus.REJECTED, ReportStatus.WITHDRAWN,
                ReportStatus.DUPLICATE)) {
            assertThat(Progress.none().after(s, ROUTED).finished()).as(s.name()).isTrue();
        }
    }

    @Test
    void aNewTeamMustAcknowledgeItself() {
        Progress ack = Progress.none().after(ReportStatus.ACKNOWLEDGED, ROUTED);
        assertThat(ack.newTeam().acknowledgedAt()).isNull();
    }

    @Test
    void reportsWithoutACommuneHaveNoChairmanStep() {
        RoutingCase c = routingCase(null, Progress.none(), Map.of());
        assertThat(c.deadlineOf(EscalationLevel.COMMUNE_CHAIRMAN)).isNull();
        assertThat(c.isDue(EscalationLevel.COMMUNE_CHAIRMAN, PROVINCE_BY)).isFalse();
        assertThat(c.isDue(EscalationLevel.PROVINCE_OPERATIONS, PROVINCE_BY)).isTrue();
    }

    static RoutingCase routingCase(String communeCode, Progress progress,
                                   Map<EscalationLevel, EscalationStep> steps) {
        Assignment a = new Assignment(communeCode, "Phường Tân Lập", "team", "Tổ", "COMMUNITY_DIGITAL",
                RoutingMethod.COMMUNE_CODE, "rule", 1, "reason", List.of());
        return new RoutingCase("r-1", 0, "KHAC", Priority.NORMAL, a, ROUTED,
                new DeadlinePolicy.Deadlines(ROUTED, ACK_BY, RESOLVE_BY, PROVINCE_BY,
                        DeadlinePolicy.Basis.CLOCK_HOURS, "default/NORMAL"),
                new ReportFacts("KHAC", null, communeCode, null, List.of()), List.of(), 0, progress, steps, null, null);
    }
}
