package vn.gov.daklak.routing.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportTransferRequested;
import vn.gov.daklak.routing.address.AddressResolver;
import vn.gov.daklak.routing.casefile.Hop;
import vn.gov.daklak.routing.casefile.Progress;
import vn.gov.daklak.routing.casefile.RoutingCase;
import vn.gov.daklak.routing.deadline.DeadlinePolicy;
import vn.gov.daklak.routing.deadline.WorkingCalendar;
import vn.gov.daklak.routing.decision.Assignment;
import vn.gov.daklak.routing.decision.ReportFacts;
import vn.gov.daklak.routing.decision.RoutingDecider;
import vn.gov.daklak.routing.decision.RoutingMethod;
import vn.gov.daklak.routing.support.FixedRuleBook;
import vn.gov.daklak.routing.support.InMemoryTeamDirectory;
import vn.gov.daklak.routing.teams.Team;

class TransferPolicyTest {
    static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    static final String TAN_LAP = "24121";
    static final String BUON_MA_THUOT = "24133";

    final InMemoryTeamDirectory directory = new InMemoryTeamDirectory();
    final RoutingDecider decider = new RoutingDecider((lat, lon) -> Optional.empty(), new AddressResolver(),
            directory, FixedRuleBook.defaults(), new DeadlinePolicy(WorkingCalendar.stateAgencies(),
            Map.of(Priority.NORMAL, new DeadlinePolicy.Target(Duration.ofHours(8), Duration.ofHours(24))), Map.of(),
            Set.of(), Duration.ofHours(16), Duration.ofHours(12)), List.of(), Clock.fixed(NOW, ZoneOffset.UTC));
    final TransferPolicy policy = new TransferPolicy(decider, directory, 2);

    @BeforeEach
    void teams() {
        team("tan-lap-cds", TeamType.COMMUNITY_DIGITAL, TAN_LAP);
        team("bmt-cds", TeamType.COMMUNITY_DIGITAL, BUON_MA_THUOT);
        team("triage", TeamType.PROVINCE_TRIAGE, null);
    }

    @Test
    void aKnownActiveTargetTeamIsAccepted() {
        TransferPolicy.Outcome o = policy.decide(at("tan-lap-cds", 0), request("bmt-cds", null));

        assertThat(o.kind()).isEqualTo(Hop.Kind.TRANSFER_ACCEPTED);
        assertThat(o.assignment().teamId()).isEqualTo("bmt-cds");
        assertThat(o.assignment().communeCode()).isEqualTo(BUON_MA_THUOT);
        assertThat(o.assignment().method()).isEqualTo(RoutingMethod.TRANSFER);
        assertThat(o.assignment().ruleId()).isEqualTo("transfer-accepted");
        assertThat(o.assignment().reason()).startsWith("Chuyển từ Tổ tan-lap-cds theo đề nghị của tổ "
                + "(\"Thuộc địa bàn phường Buôn Ma Thuột\")").endsWith("chấp nhận chuyển cho Tổ bmt-cds.")
                .as("finding 16: no staff id in public text").doesNotContain("staff-1");
    }

    @Test
    void anUnknownTeamFallsBackToTheTargetCommunesTeamByTheRules() {
        TransferPolicy.Outcome o = policy.decide(at("tan-lap-cds", 0), request("no-such-team", BUON_MA_THUOT));

        assertThat(o.kind()).isEqualTo(Hop.Kind.TRANSFER_TO_COMMUNE);
        assertThat(o.assignment().teamId()).isEqualTo("bmt-cds");
        assertThat(o.assignment().ruleId()).isEqualTo("commune-infrastructure");
        assertThat(o.assignment().reason()).contains("tổ \"no-such-team\" không có trong danh bạ")
                .contains("chuyển về Phường Buôn Ma Thuột");
    }

    @Test
    void withoutAUsableTargetRoutingDecidesAgainWithoutTheTeamThatPassedItOn() {
        team("tan-lap-infra", TeamType.COMMUNE_INFRASTRUCTURE, TAN_LAP);

        TransferPolicy.Outcome o = policy.decide(at("tan-lap-cds", 0), request(null, null));

        assertThat(o.kind()).isEqualTo(Hop.Kind.TRANSFER_REDECIDED);
        assertThat(o.assignment().teamId()).isEqualTo("tan-lap-infra");
        assertThat(o.assignment().communeCode()).isEqualTo(TAN_LAP);
        assertThat(o.assignment().reason()).contains("xét lại theo quy tắc: Người gửi chọn Phường Tân Lập");
    }

    @Test
    void whenNobodyElseFitsTheTriageDeskDecides() {
        TransferPolicy.Outcome o = policy.decide(at("tan-lap-cds", 0), request(null, null));

        assertThat(o.kind()).isEqualTo(Hop.Kind.TRANSFER_TO_TRIAGE);
        assertThat(o.assignment().teamId()).isEqualTo("triage");
    }

    @Test
    void aReportBouncedMoreThanTwiceGoesToTriage() {
        TransferPolicy.Outcome o = policy.decide(at("tan-lap-cds", 2), request("bmt-cds", null));

        assertThat(o.kind()).isEqualTo(Hop.Kind.TRANSFER_TO_TRIAGE);
        assertThat(o.assignment().teamId()).isEqualTo("triage");
        assertThat(o.assignment().ruleId()).isEqualTo("transfer-bounced-to-triage");
        assertThat(o.assignment().communeCode()).isEqualTo(TAN_LAP);
        assertThat(o.assignment().reason()).contains("đã bị chuyển qua lại 3 lần giữa các tổ (quá 2 lần)");
    }

    @Test
    void theTriageDeskMayPassItOnWhateverTheCount() {
        TransferPolicy.Outcome o = policy.decide(at("triage", 3), request("bmt-cds", null));

        assertThat(o.kind()).isEqualTo(Hop.Kind.TRANSFER_ACCEPTED);
        assertThat(o.assignment().teamId()).isEqualTo("bmt-cds");
    }

    private RoutingCase at(String teamId, int transfers) {
        Team t = directory.find(teamId).orElseThrow();
        Assignment a = new Assignment(TAN_LAP, "Phường Tân Lập", t.teamId(), t.name(), t.teamType().name(),
                RoutingMethod.COMMUNE_CODE, "default-commune-team", 1, "…", List.of());
        return new RoutingCase("r-1", 3, "HT_GIAO_THONG", Priority.NORMAL, a, NOW,
                new DeadlinePolicy.Deadlines(NOW, NOW, NOW, NOW, DeadlinePolicy.Basis.WORKING_HOURS, "default/NORMAL"),
                new ReportFacts("HT_GIAO_THONG", null, TAN_LAP, null, List.of()), List.of(), transfers,
                Progress.none(), Map.of(), Set.of(), null);
    }

    private static ReportTransferRequested request(String targetTeamId, String targetCommuneCode) {
        return new ReportTransferRequested("r-1", "x", targetTeamId, targetCommuneCode,
                "Thuộc địa bàn phường Buôn Ma Thuột", "staff-1", NOW);
    }

    private void team(String id, TeamType type, String communeCode) {
        directory.apply(new Team(id, "Tổ " + id, type, communeCode, true, NOW));
    }
}
