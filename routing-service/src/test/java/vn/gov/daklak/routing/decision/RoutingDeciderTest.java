package vn.gov.daklak.routing.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.routing.address.AddressResolver;
import vn.gov.daklak.routing.deadline.DeadlinePolicy;
import vn.gov.daklak.routing.deadline.WorkingCalendar;
import vn.gov.daklak.routing.decision.CommuneLocator.LocatedPoint;
import vn.gov.daklak.routing.support.FixedRuleBook;
import vn.gov.daklak.routing.support.InMemoryTeamDirectory;
import vn.gov.daklak.routing.teams.Team;

class RoutingDeciderTest {
    static final String BUON_MA_THUOT = "24133";
    static final String TAN_LAP = "24121";
    static final String HOA_PHU = "24175";
    static final String TUY_HOA = "22015";
    static final String BINH_KIEN = "22045";
    static final GeoPoint POINT_IN_TAN_LAP = new GeoPoint(12.6579, 108.10684);
    static final GeoPoint POINT_NEAR_HOA_PHU = new GeoPoint(12.5, 107.9);
    static final GeoPoint POINT_IN_BINH_KIEN = new GeoPoint(13.1, 109.25);
    static final GeoPoint POINT_IN_HANOI = new GeoPoint(21.0285, 105.8542);
    /** Monday 2 March 2026, 10:00 in Đắk Lắk. */
    static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    static final AddressResolver ADDRESSES = new AddressResolver();

    final Map<String, LocatedPoint> points = new HashMap<>();
    final InMemoryTeamDirectory directory = new InMemoryTeamDirectory();
    final CommuneLocator locator = (lat, lon) -> Optional.ofNullable(points.get(lat + "," + lon));
    final DeadlinePolicy deadlines = new DeadlinePolicy(WorkingCalendar.stateAgencies(),
            Map.of(Priority.URGENT, new DeadlinePolicy.Target(Duration.ofHours(1), Duration.ofHours(24)),
                    Priority.NORMAL, new DeadlinePolicy.Target(Duration.ofHours(8), Duration.ofHours(24))),
            Map.of(), Set.of(Priority.URGENT), Duration.ofHours(16), Duration.ofHours(12));
    final FixedRuleBook rules = FixedRuleBook.defaults();
    final RoutingDecider decider = decider(directory);

    @BeforeEach
    void knownPointsAndTeams() {
        points.put(key(POINT_IN_TAN_LAP), new LocatedPoint(TAN_LAP, true, 0, false, List.of()));
        points.put(key(POINT_NEAR_HOA_PHU), new LocatedPoint(HOA_PHU, false, 420, false, List.of()));
        points.put(key(POINT_IN_BINH_KIEN), new LocatedPoint(BINH_KIEN, true, 0, false, List.of()));
        team("team-bmt-cds", TeamType.COMMUNITY_DIGITAL, BUON_MA_THUOT);
        team("team-tan-lap-cds", TeamType.COMMUNITY_DIGITAL, TAN_LAP);
        team("team-province-triage", TeamType.PROVINCE_TRIAGE, null);
    }

    @Test
    void communeCodeDecidesWhenThereIsNoLocation() {
        RoutingDecision decision = decider.decide(report(null, BUON_MA_THUOT, "Ổ gà trên đường", "Đường hư hỏng"));

        Assignment a = decision.assignment();
        assertThat(a.method()).isEqualTo(RoutingMethod.COMMUNE_CODE);
        assertThat(a.communeCode()).isEqualTo(BUON_MA_THUOT);
        assertThat(a.communeName()).isEqualTo("Phường Buôn Ma Thuột");
        assertThat(a.teamId()).isEqualTo("team-bmt-cds");
        assertThat(a.teamType()).isEqualTo("COMMUNITY_DIGITAL");
        // the road rule matched; the commune has no infrastructure team, so its next target took the report
        assertThat(a.ruleId()).isEqualTo("commune-infrastructure");
        assertThat(a.ruleSetVersion()).isEqualTo(1);
        assertThat(a.reason()).startsWith("Người gửi chọn Phường Buôn Ma Thuột; Đường xã, thoát nước")
                .contains("Giao Tổ team-bmt-cds (chưa có tổ hạ tầng xã/phường trong danh bạ)");
    }

    @Test
    void locationInsideACommuneIsPointInPolygon() {
        RoutingDecision decision = decider.decide(report(POINT_IN_TAN_LAP, null, "Ổ gà", ""));

        assertThat(decision.assignment().method()).isEqualTo(RoutingMethod.POINT_IN_POLYGON);
        assertThat(decision.assignment().communeCode()).isEqualTo(TAN_LAP);
        assertThat(decision.assignment().teamId()).isEqualTo("team-tan-lap-cds");
        assertThat(decision.assignment().reason()).startsWith("Vị trí nằm trong Phường Tân Lập; ");
    }

    @Test
    void locationWinsOverADisagreeingCommuneCodeAndTheReasonSaysSo() {
        RoutingDecision decision = decider.decide(report(POINT_IN_TAN_LAP, BUON_MA_THUOT, "Ổ gà", ""));

        assertThat(decision.assignment().communeCode()).isEqualTo(TAN_LAP);
        assertThat(decision.assignment().reason())
                .contains("Vị trí nằm trong Phường Tân Lập")
                .contains("khác với Phường Buôn Ma Thuột do người gửi chọn, ưu tiên theo vị trí");
    }

    @Test
    void agreeingCommuneCodeIsNotMentionedAsADisagreement() {
        assertThat(decider.decide(report(POINT_IN_TAN_LAP, TAN_LAP, "Ổ gà", "")).assignment().reason())
                .doesNotContain("khác với");
    }

    @Test
    void nearestCommuneWhenJustOutsideEveryBoundary() {
        team("team-hoa-phu-cds", TeamType.COMMUNITY_DIGITAL, HOA_PHU);

        Assignment a = decider.decide(report(POINT_NEAR_HOA_PHU, null, "Ổ gà", "")).assignment();

        assertThat(a.method()).isEqualTo(RoutingMethod.NEAREST);
        assertThat(a.communeCode()).isEqualTo(HOA_PHU);
        assertThat(a.reason()).contains("gần Xã Hòa Phú nhất (cách 420 m)");
    }

    @Test
    void locationOutsideTheProvinceFallsBackToTheCommuneCode() {
        Assignment a = decider.decide(report(POINT_IN_HANOI, BUON_MA_THUOT, "Ổ gà", "")).assignment();

        assertThat(a.method()).isEqualTo(RoutingMethod.COMMUNE_CODE);
        assertThat(a.reason()).startsWith("Vị trí nằm ngoài tỉnh Đắk Lắk. Người gửi chọn Phường Buôn Ma Thuột");
    }

    @Test
    void nothingUsableGoesToProvinceTriage() {
        Assignment a = decider.decide(report(POINT_IN_HANOI, "99999", "Ổ gà", "")).assignment();

        assertThat(a.method()).isEqualTo(RoutingMethod.TRIAGE);
        assertThat(a.communeCode()).isNull();
        assertThat(a.teamId()).isEqualTo("team-province-triage");
        assertThat(a.ruleId()).isEqualTo("triage-no-commune");
        assertThat(a.reason()).contains("Mã xã/phường \"99999\" không có trong danh mục")
                .contains("Vị trí nằm ngoài tỉnh Đắk Lắk")
                .contains("chuyển bộ phận tiếp nhận, phân loại của tỉnh");
    }

    @Test
    void invalidCoordinatesAreIgnored() {
        Assignment a = decider.decide(report(new GeoPoint(Double.NaN, 200), null, "Ổ gà", "")).assignment();

        assertThat(a.method()).isEqualTo(RoutingMethod.TRIAGE);
        assertThat(a.reason()).contains("Tọa độ vị trí không hợp lệ");
    }

    @Test
    void communeWithoutAnyFittingTeamGoesToProvinceTriageButKeepsTheCommune() {
        Assignment a = decider.decide(report(null, HOA_PHU, "Ổ gà", "")).assignment();

        assertThat(a.method()).isEqualTo(RoutingMethod.COMMUNE_CODE);
        assertThat(a.communeCode()).isEqualTo(HOA_PHU);
        assertThat(a.teamId()).isEqualTo("team-province-triage");
        assertThat(a.ruleId()).isEqualTo("triage-no-team");
        assertThat(a.reason()).contains("không có tổ phù hợp của Xã Hòa Phú trong danh bạ");
    }

    @Test
    void inactiveCommuneTeamIsNotAssigned() {
        directory.apply(new Team("team-bmt-cds", "Tổ CNSCĐ", TeamType.COMMUNITY_DIGITAL, BUON_MA_THUOT, false,
                NOW.plusSeconds(1)));

        assertThat(decider.decide(report(null, BUON_MA_THUOT, "Ổ gà", "")).assignment().teamId())
                .isEqualTo("team-province-triage");
    }

    @Test
    void withoutEvenATriageTeamTheDecisionMustBeRetriedLater() {
        RoutingDecider withEmptyDirectory = decider(new InMemoryTeamDirectory());

        assertThatThrownBy(() -> withEmptyDirectory.decide(report(null, null, "Ổ gà", "")))
                .isInstanceOf(NoTeamAvailableException.class)
                .isInstanceOf(vn.gov.daklak.platform.events.RetryableEventException.class)
                .hasMessageContaining("r-1");
    }

    // ------------------------------------------------------------------ old addresses

    @Test
    void oldCommuneNameWithoutDiacriticsResolvesToItsNewWard() {
        Assignment a = decider.decide(report(null, null, "Ổ gà", "", "thon 3, xa Hoa Thang, TP Buon Ma Thuot"))
                .assignment();

        assertThat(a.method()).isEqualTo(RoutingMethod.ADDRESS_TEXT);
        assertThat(a.communeCode()).isEqualTo(TAN_LAP);
        assertThat(a.teamId()).isEqualTo("team-tan-lap-cds");
        assertThat(a.reason()).startsWith("Địa chỉ ghi Xã Hòa Thắng (Thành phố Buôn Ma Thuột) trước sắp xếp "
                + "01/07/2025, nay thuộc Phường Tân Lập");
    }

    @Test
    void splitOldUnitWithoutLocationGoesToTriageNamingBothCandidates() {
        Assignment a = decider.decide(report(null, null, "Ổ gà", "", "Phường 9, TP Tuy Hòa, Phú Yên")).assignment();

        assertThat(a.method()).isEqualTo(RoutingMethod.TRIAGE);
        assertThat(a.teamId()).isEqualTo("team-province-triage");
        assertThat(a.ruleId()).isEqualTo("triage-ambiguous-address");
        assertThat(a.candidateCodes()).containsExactlyInAnyOrder(TUY_HOA, BINH_KIEN);
        assertThat(a.reason()).contains("Phường 9 (Thành phố Tuy Hoà)")
                .contains("nay chia cho Phường Tuy Hòa và Phường Bình Kiến");
    }

    @Test
    void splitOldUnitWithALocationUsesTheLocationAndSaysSo() {
        team("team-binh-kien-cds", TeamType.COMMUNITY_DIGITAL, BINH_KIEN);

        Assignment a = decider.decide(report(POINT_IN_BINH_KIEN, null, "Ổ gà", "", "P.9, Tuy Hoa")).assignment();

        assertThat(a.method()).isEqualTo(RoutingMethod.POINT_IN_POLYGON);
        assertThat(a.communeCode()).isEqualTo(BINH_KIEN);
        assertThat(a.reason()).contains("nay chia cho Phường Tuy Hòa và Phường Bình Kiến")
                .contains("vị trí cho biết thuộc Phường Bình Kiến");
    }

    @Test
    void locationWinsOverTheOldAddressAndTheReasonSaysSo() {
        Assignment a = decider.decide(report(POINT_IN_TAN_LAP, null, "Ổ gà", "", "Phường 9, Tuy Hòa")).assignment();

        assertThat(a.communeCode()).isEqualTo(TAN_LAP);
        assertThat(a.reason()).contains("khác với vị trí, ưu tiên theo vị trí");
    }

    @Test
    void homonymOldNameWithoutDistrictIsAmbiguous() {
        Assignment a = decider.decide(report(null, null, "Ổ gà", "", "xã Hòa Thắng")).assignment();

        assertThat(a.method()).isEqualTo(RoutingMethod.TRIAGE);
        assertThat(a.candidateCodes()).containsExactlyInAnyOrder(TAN_LAP, "22319");
    }

    // ------------------------------------------------------------------ team rules

    @Test
    void securityReportsGoToTheCommunePoliceWhenItIsInTheDirectory() {
        team("team-bmt-police", TeamType.COMMUNE_POLICE, BUON_MA_THUOT);

        Assignment a = decider.decide(new ReportSubmitted("r-1", "DL-1", "TRAT_TU_CONG_CONG.TIENG_ON",
                "Hát karaoke tới 1 giờ sáng", "", null, BUON_MA_THUOT, null, IntakeChannel.WEB, null, NOW))
                .assignment();

        assertThat(a.teamId()).isEqualTo("team-bmt-police");
        assertThat(a.ruleId()).isEqualTo("security-commune-police");
        assertThat(a.reason()).contains("Công an xã/phường (đơn vị chịu trách nhiệm: XA_CONG_AN)");
    }

    @Test
    void nationalHighwayGoesToTheProvinceDepartmentNamedByTheRule() {
        directory.apply(new Team("66-SO-XD", "Sở Xây dựng", TeamType.PROVINCE_DEPARTMENT, null, true, NOW));

        RoutingDecision decision = decider.decide(report(null, BUON_MA_THUOT, "Ổ gà lớn trên QL14",
                "Đoạn gần ngã ba"));

        assertThat(decision.assignment().teamId()).isEqualTo("66-SO-XD");
        assertThat(decision.assignment().ruleId()).isEqualTo("national-highway-province");
        assertThat(decision.assignment().communeCode()).isEqualTo(BUON_MA_THUOT);
        assertThat(decision.assignment().reason()).contains("NATIONAL_HIGHWAY (\"ql #\")");
        assertThat(decision.facts().placeKinds()).containsExactly("NATIONAL_HIGHWAY");
    }

    @Test
    void urgentRoadCollapseGoesToTheRapidResponseTeam() {
        team("team-bmt-pun", TeamType.RAPID_RESPONSE, BUON_MA_THUOT);

        Assignment a = decider.decide(report(null, BUON_MA_THUOT, "Sập cầu", "Cầu gỗ bị sập")).assignment();

        assertThat(a.teamId()).isEqualTo("team-bmt-pun");
        assertThat(a.ruleId()).isEqualTo("urgent-infrastructure-rapid-response");
    }

    @Test
    void changedRulesApplyToTheNextDecision() {
        var v1 = rules.current();
        rules.publish(new vn.gov.daklak.routing.rules.RuleSetDraft("all to triage", v1.placeKinds(),
                List.of(new vn.gov.daklak.routing.rules.TeamRule("everything-province", "Thử nghiệm", null, null,
                        null, List.of(new vn.gov.daklak.routing.rules.TeamTarget(TeamType.PROVINCE_TRIAGE,
                        vn.gov.daklak.routing.rules.TeamTarget.Scope.PROVINCE, null))))), "test");

        Assignment a = decider.decide(report(null, BUON_MA_THUOT, "Ổ gà", "")).assignment();

        assertThat(a.ruleId()).isEqualTo("everything-province");
        assertThat(a.ruleSetVersion()).isEqualTo(2);
        assertThat(a.teamId()).isEqualTo("team-province-triage");
    }

    // ------------------------------------------------------------------ priority and deadlines

    @ParameterizedTest
    @ValueSource(strings = {"Sạt lở bờ sông Sêrêpốk", "SAT LO BO SONG", "sat lo bo song o buon",
            "Đang sạt-lở bờ sông!"})
    void urgentKeywordWithOrWithoutDiacritics(String title) {
        RoutingDecision decision = decider.decide(new ReportSubmitted("r-1", "DL-1", "DAT_DAI.KHAI_THAC_KS", title,
                "", null, BUON_MA_THUOT, null, IntakeChannel.WEB, null, NOW));

        assertThat(decision.priority()).isEqualTo(Priority.URGENT);
        assertThat(decision.assignment().reason()).contains("Khẩn cấp: nội dung có từ khóa khẩn cấp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cháy nhà ở thôn 2", "chay nha o thon 2", "Dây điện đứt rơi xuống đường",
            "day dien dut roi xuong duong", "Lũ quét cuốn trôi cầu", "Cầu sập, xe không qua được"})
    void dangerToLifeOrPropertyIsUrgentInAnyCategory(String title) {
        RoutingDecision decision = decider.decide(new ReportSubmitted("r-1", "DL-1", "KHAC", title, "", null,
                BUON_MA_THUOT, null, IntakeChannel.WEB, null, NOW));

        assertThat(decision.priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void sameCategoryWithoutAKeywordIsNormal() {
        RoutingDecision decision = decider.decide(new ReportSubmitted("r-1", "DL-1", "DAT_DAI.KHAI_THAC_KS",
                "Khai thác cát trái phép", "Bờ sông bị múc cát ban đêm", null, BUON_MA_THUOT, null, IntakeChannel.WEB,
                null, NOW));

        assertThat(decision.priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void urgentReportsCountClockHours() {
        RoutingDecision decision = decider.decide(new ReportSubmitted("r-1", "DL-1", "HT_GIAO_THONG",
                "Đường Lê Duẩn", "Có sat lo duong nghiem trong", null, BUON_MA_THUOT, null, IntakeChannel.WEB,
                null, NOW));

        assertThat(decision.priority()).isEqualTo(Priority.URGENT);
        assertThat(decision.assignment().reason()).endsWith("Khẩn cấp: nội dung có từ khóa khẩn cấp \"sạt lở\".");
        assertThat(decision.deadlines().acknowledgeBy()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(decision.deadlines().resolveBy()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(decision.routedAt()).isEqualTo(NOW);
    }

    @Test
    void keywordsMatchWholeWordsOnly() {
        // "lũ" folds to "lu"; it must not fire on "lúc" (folds to "luc").
        RoutingDecision decision = decider.decide(new ReportSubmitted("r-1", "DL-1", "GOP_Y_HIEN_KE",
                "Góp ý lúc 8 giờ", "", null, BUON_MA_THUOT, null, IntakeChannel.WEB, null, NOW));

        assertThat(decision.priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void urgentByDefaultCategory() {
        RoutingDecision decision = decider.decide(new ReportSubmitted("r-1", "DL-1", "AN_NINH_TRAT_TU",
                "Tụ tập", "", null, BUON_MA_THUOT, null, IntakeChannel.WEB, null, NOW));

        assertThat(decision.priority()).isEqualTo(Priority.URGENT);
        assertThat(decision.assignment().reason()).contains("mặc định khẩn cấp");
    }

    @Test
    void normalReportsCountWorkingHours() {
        // Monday 10:00: 8 working hours → Tuesday 10:00; 24 working hours → Thursday 10:00
        RoutingDecision decision = decider.decide(report(null, BUON_MA_THUOT, "Đèn đường không sáng", "Tối om"));

        assertThat(decision.priority()).isEqualTo(Priority.NORMAL);
        assertThat(decision.deadlines().acknowledgeBy()).isEqualTo(Instant.parse("2026-03-03T03:00:00Z"));
        assertThat(decision.deadlines().resolveBy()).isEqualTo(Instant.parse("2026-03-05T03:00:00Z"));
        assertThat(decision.deadlines().basis()).isEqualTo(DeadlinePolicy.Basis.WORKING_HOURS);
    }

    @Test
    void eventCarriesTheDecision() {
        var event = decider.decide(report(POINT_IN_TAN_LAP, null, "Ổ gà", "")).toEvent();

        assertThat(event.reportId()).isEqualTo("r-1");
        assertThat(event.method()).isEqualTo("POINT_IN_POLYGON");
        assertThat(event.teamName()).isEqualTo("Tổ team-tan-lap-cds");
        assertThat(event.ruleId()).isEqualTo("commune-infrastructure");
        assertThat(event.routedAt()).isEqualTo(NOW);
    }

    private RoutingDecider decider(InMemoryTeamDirectory teams) {
        return new RoutingDecider(locator, ADDRESSES, teams, rules, deadlines,
                List.of("cháy nhà", "dây điện đứt", "lũ quét", "cầu sập", "sạt lở"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void team(String id, TeamType type, String communeCode) {
        directory.apply(new Team(id, "Tổ " + id, type, communeCode, true, NOW));
    }

    private static ReportSubmitted report(GeoPoint location, String communeCode, String title, String description) {
        return report(location, communeCode, title, description, null);
    }

    private static ReportSubmitted report(GeoPoint location, String communeCode, String title, String description,
                                          String addressText) {
        return new ReportSubmitted("r-1", "DL-1", "HT_GIAO_THONG", title, description, location, communeCode,
                addressText, IntakeChannel.PROVINCE_APP, null, NOW.minusSeconds(5));
    }

    private static String key(GeoPoint point) {
        return point.lat() + "," + point.lon();
    }
}
