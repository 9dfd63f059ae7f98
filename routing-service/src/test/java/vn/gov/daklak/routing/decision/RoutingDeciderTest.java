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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.routing.decision.CommuneLocator.LocatedPoint;
import vn.gov.daklak.routing.teams.Team;

class RoutingDeciderTest {
    static final String BUON_MA_THUOT = "24133";
    static final String TAN_LAP = "24121";
    static final String HOA_PHU = "24175";
    static final GeoPoint POINT_IN_TAN_LAP = new GeoPoint(12.6579, 108.10684);
    static final GeoPoint POINT_NEAR_HOA_PHU = new GeoPoint(12.5, 107.9);
    static final GeoPoint POINT_IN_HANOI = new GeoPoint(21.0285, 105.8542);
    static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

    final Map<String, LocatedPoint> points = new HashMap<>();
    final InMemoryTeamDirectory directory = new InMemoryTeamDirectory();
    final CommuneLocator locator = (lat, lon) -> Optional.ofNullable(points.get(lat + "," + lon));
    final DeadlinePolicy deadlines = new DeadlinePolicy(Clock.fixed(NOW, ZoneOffset.UTC),
            new DeadlinePolicy.Window(Duration.ofHours(1), Duration.ofHours(24)),
            new DeadlinePolicy.Window(Duration.ofHours(8), Duration.ofHours(72)));
    final RoutingDecider decider = new RoutingDecider(locator, directory, deadlines);

    @BeforeEach
    void knownPointsAndTeams() {
        points.put(key(POINT_IN_TAN_LAP), new LocatedPoint(TAN_LAP, true, 0, false, List.of()));
        points.put(key(POINT_NEAR_HOA_PHU), new LocatedPoint(HOA_PHU, false, 420, false, List.of()));
        team("team-bmt-cds", TeamType.COMMUNITY_DIGITAL, BUON_MA_THUOT);
        team("team-tan-lap-cds", TeamType.COMMUNITY_DIGITAL, TAN_LAP);
        team("team-province-triage", TeamType.PROVINCE_TRIAGE, null);
    }

    @Test
    void communeCodeDecidesWhenThereIsNoLocation() {
        RoutingDecision decision = decider.decide(report(null, BUON_MA_THUOT, "Ổ gà trên đường", "Đường hư hỏng"));

        assertThat(decision.method()).isEqualTo(RoutingMethod.COMMUNE_CODE);
        assertThat(decision.communeCode()).isEqualTo(BUON_MA_THUOT);
        assertThat(decision.communeName()).isEqualTo("Phường Buôn Ma Thuột");
        assertThat(decision.teamId()).isEqualTo("team-bmt-cds");
        assertThat(decision.teamType()).isEqualTo("COMMUNITY_DIGITAL");
        assertThat(decision.ruleId()).isEqualTo("default-commune-team");
        assertThat(decision.reason())
                .isEqualTo("Người gửi chọn Phường Buôn Ma Thuột; giao Tổ công nghệ số cộng đồng.");
    }

    @Test
    void locationInsideACommuneIsPointInPolygon() {
        RoutingDecision decision = decider.decide(report(POINT_IN_TAN_LAP, null, "Ổ gà", ""));

        assertThat(decision.method()).isEqualTo(RoutingMethod.POINT_IN_POLYGON);
        assertThat(decision.communeCode()).isEqualTo(TAN_LAP);
        assertThat(decision.teamId()).isEqualTo("team-tan-lap-cds");
        assertThat(decision.reason()).isEqualTo("Vị trí nằm trong Phường Tân Lập; giao Tổ công nghệ số cộng đồng.");
    }

    @Test
    void locationWinsOverADisagreeingCommuneCodeAndTheReasonSaysSo() {
        RoutingDecision decision = decider.decide(report(POINT_IN_TAN_LAP, BUON_MA_THUOT, "Ổ gà", ""));

        assertThat(decision.method()).isEqualTo(RoutingMethod.POINT_IN_POLYGON);
        assertThat(decision.communeCode()).isEqualTo(TAN_LAP);
        assertThat(decision.teamId()).isEqualTo("team-tan-lap-cds");
        assertThat(decision.reason())
                .contains("Vị trí nằm trong Phường Tân Lập")
                .contains("khác với Phường Buôn Ma Thuột do người gửi chọn, ưu tiên theo vị trí");
    }

    @Test
    void agreeingCommuneCodeIsNotMentionedAsADisagreement() {
        RoutingDecision decision = decider.decide(report(POINT_IN_TAN_LAP, TAN_LAP, "Ổ gà", ""));

        assertThat(decision.reason()).doesNotContain("khác với");
    }

    @Test
    void nearestCommuneWhenJustOutsideEveryBoundary() {
        team("team-hoa-phu-cds", TeamType.COMMUNITY_DIGITAL, HOA_PHU);

        RoutingDecision decision = decider.decide(report(POINT_NEAR_HOA_PHU, null, "Ổ gà", ""));

        assertThat(decision.method()).isEqualTo(RoutingMethod.NEAREST);
        assertThat(decision.communeCode()).isEqualTo(HOA_PHU);
        assertThat(decision.reason()).contains("gần Xã Hòa Phú nhất (cách 420 m)");
    }

    @Test
    void locationOutsideTheProvinceFallsBackToTheCommuneCode() {
        RoutingDecision decision = decider.decide(report(POINT_IN_HANOI, BUON_MA_THUOT, "Ổ gà", ""));

        assertThat(decision.method()).isEqualTo(RoutingMethod.COMMUNE_CODE);
        assertThat(decision.communeCode()).isEqualTo(BUON_MA_THUOT);
        assertThat(decision.reason()).startsWith("Vị trí nằm ngoài tỉnh Đắk Lắk. Người gửi chọn Phường Buôn Ma Thuột");
    }

    @Test
    void nothingUsableGoesToProvinceTriage() {
        RoutingDecision decision = decider.decide(report(POINT_IN_HANOI, "99999", "Ổ gà", ""));

        assertThat(decision.method()).isEqualTo(RoutingMethod.TRIAGE);
        assertThat(decision.communeCode()).isNull();
        assertThat(decision.communeName()).isNull();
        assertThat(decision.teamId()).isEqualTo("team-province-triage");
        assertThat(decision.teamType()).isEqualTo("PROVINCE_TRIAGE");
        assertThat(decision.ruleId()).isEqualTo("triage-no-commune");
        assertThat(decision.reason())
                .contains("Mã xã/phường \"99999\" không có trong danh mục")
                .contains("Vị trí nằm ngoài tỉnh Đắk Lắk")
                .contains("chuyển bộ phận tiếp nhận, phân loại của tỉnh");
    }

    @Test
    void invalidCoordinatesAreIgnored() {
        RoutingDecision decision = decider.decide(report(new GeoPoint(Double.NaN, 200), null, "Ổ gà", ""));

        assertThat(decision.method()).isEqualTo(RoutingMethod.TRIAGE);
        assertThat(decision.reason()).contains("Tọa độ vị trí không hợp lệ");
    }

    @Test
    void communeWithoutAKnownTeamGoesToProvinceTriageButKeepsTheCommune() {
        RoutingDecision decision = decider.decide(report(null, HOA_PHU, "Ổ gà", ""));

        assertThat(decision.method()).isEqualTo(RoutingMethod.COMMUNE_CODE);
        assertThat(decision.communeCode()).isEqualTo(HOA_PHU);
        assertThat(decision.teamId()).isEqualTo("team-province-triage");
        assertThat(decision.ruleId()).isEqualTo("triage-no-commune-team");
        assertThat(decision.reason()).contains("Xã Hòa Phú chưa có Tổ công nghệ số cộng đồng");
    }

    @Test
    void inactiveCommuneTeamIsNotAssigned() {
        directory.apply(new Team("team-bmt-cds", "Tổ CNSCĐ", TeamType.COMMUNITY_DIGITAL, BUON_MA_THUOT, false,
                NOW.plusSeconds(1)));

        assertThat(decider.decide(report(null, BUON_MA_THUOT, "Ổ gà", "")).teamId())
                .isEqualTo("team-province-triage");
    }

    @Test
    void withoutEvenATriageTeamTheDecisionMustBeRetriedLater() {
        InMemoryTeamDirectory empty = new InMemoryTeamDirectory();
        RoutingDecider withEmptyDirectory = new RoutingDecider(locator, empty, deadlines);

        assertThatThrownBy(() -> withEmptyDirectory.decide(report(null, null, "Ổ gà", "")))
                .isInstanceOf(NoTeamAvailableException.class)
                .hasMessageContaining("r-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sạt lở bờ sông Sêrêpốk", "SAT LO BO SONG", "sat lo bo song o buon",
            "Đang sạt-lở bờ sông!"})
    void urgentSubcategoryKeywordWithOrWithoutDiacritics(String title) {
        RoutingDecision decision = decider.decide(new ReportSubmitted("r-1", "DL-1", "DAT_DAI.KHAI_THAC_KS", title,
                "", null, BUON_MA_THUOT, null, IntakeChannel.WEB, null, NOW));

        assertThat(decision.priority()).isEqualTo(Priority.URGENT);
        assertThat(decision.reason()).contains("\"sạt lở bờ sông\"");
    }

    @Test
    void sameCategoryWithoutAKeywordIsNormal() {
        RoutingDecision decision = decider.decide(new ReportSubmitted("r-1", "DL-1", "DAT_DAI.KHAI_THAC_KS",
                "Khai thác cát trái phép", "Bờ sông bị múc cát ban đêm", null, BUON_MA_THUOT, null, IntakeChannel.WEB,
                null, NOW));

        assertThat(decision.priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void urgentKeywordOfANormalCategoryMakesItUrgent() {
        RoutingDecision decision = decider.decide(new ReportSubmitted("r-1", "DL-1", "HT_GIAO_THONG",
                "Đường Lê Duẩn", "Có sat lo duong nghiem trong", null, BUON_MA_THUOT, null, IntakeChannel.WEB,
                null, NOW));

        assertThat(decision.priority()).isEqualTo(Priority.URGENT);
        assertThat(decision.reason()).endsWith("Khẩn cấp: nội dung có từ khóa khẩn cấp \"sạt lở đường\".");
        assertThat(decision.acknowledgeBy()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(decision.resolveBy()).isEqualTo(NOW.plus(Duration.ofHours(24)));
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
        assertThat(decision.reason()).contains("mặc định khẩn cấp");
    }

    @Test
    void normalPriorityAndClockHourDeadlines() {
        RoutingDecision decision = decider.decide(report(null, BUON_MA_THUOT, "Đèn đường không sáng", "Tối om"));

        assertThat(decision.priority()).isEqualTo(Priority.NORMAL);
        assertThat(decision.acknowledgeBy()).isEqualTo(NOW.plus(Duration.ofHours(8)));
        assertThat(decision.resolveBy()).isEqualTo(NOW.plus(Duration.ofHours(72)));
    }

    @Test
    void eventCarriesTheDecision() {
        RoutingDecision decision = decider.decide(report(POINT_IN_TAN_LAP, null, "Ổ gà", ""));

        var event = decision.toEvent();
        assertThat(event.reportId()).isEqualTo("r-1");
        assertThat(event.method()).isEqualTo("POINT_IN_POLYGON");
        assertThat(event.teamName()).isEqualTo("Tổ team-tan-lap-cds");
        assertThat(event.routedAt()).isEqualTo(NOW);
    }

    private void team(String id, TeamType type, String communeCode) {
        directory.apply(new Team(id, "Tổ " + id, type, communeCode, true, NOW));
    }

    private static ReportSubmitted report(GeoPoint location, String communeCode, String title, String description) {
        return new ReportSubmitted("r-1", "DL-1", "HT_GIAO_THONG", title, description, location, communeCode, null,
                IntakeChannel.PROVINCE_APP, null, NOW.minusSeconds(5));
    }

    private static String key(GeoPoint point) {
        return point.lat() + "," + point.lon();
    }
}
