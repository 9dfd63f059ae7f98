package vn.gov.daklak.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.routing.support.FixedRuleBook;
import vn.gov.daklak.reference.FoldedText;

class RuleSetTest {
    static final RuleSet DEFAULTS = FixedRuleBook.bundledDefaults();

    @Test
    void bundledDefaultsAreValid() {
        assertThat(DEFAULTS.problems()).isEmpty();
        assertThat(DEFAULTS.rules()).last().extracting(TeamRule::id).isEqualTo("default-commune-team");
    }

    @Test
    void placeKindsFromKeywordsWithOrWithoutDiacriticsOrFromTheCategory() {
        assertThat(DEFAULTS.placeKindsOf("HT_GIAO_THONG", FoldedText.of("O ga tren quoc lo 26"))).containsOnlyKeys(
                "NATIONAL_HIGHWAY");
        assertThat(DEFAULTS.placeKindsOf("HT_GIAO_THONG", FoldedText.of("Ổ gà ĐT645 đoạn qua thôn 3")))
                .containsOnlyKeys("PROVINCIAL_ROAD");
        assertThat(DEFAULTS.placeKindsOf("CAP_NUOC.VO_ONG", FoldedText.of("")))
                .containsEntry("WATER_SUPPLY", "lĩnh vực CAP_NUOC.VO_ONG");
        assertThat(DEFAULTS.placeKindsOf("CHIEU_SANG_CAY_XANH.CAY_DO", FoldedText.of("Cây đổ đè dây điện")))
                .containsOnlyKeys("POWER_GRID");
        assertThat(DEFAULTS.placeKindsOf("HT_GIAO_THONG", FoldedText.of("Ổ gà đường Lê Duẩn"))).isEmpty();
    }

    @Test
    void rulesMatchByCategoryPlaceKindAndPriorityInOrder() {
        assertThat(DEFAULTS.matching("HT_GIAO_THONG.MAT_DUONG", Priority.NORMAL, Set.of("NATIONAL_HIGHWAY")))
                .extracting(TeamRule::id)
                .containsExactly("national-highway-province", "commune-infrastructure", "default-commune-team");
        assertThat(DEFAULTS.matching("HT_GIAO_THONG", Priority.URGENT, Set.of())).extracting(TeamRule::id)
                .startsWith("urgent-infrastructure-rapid-response");
        assertThat(DEFAULTS.matching("AN_NINH_TRAT_TU.TROM_CUOP", Priority.URGENT, Set.of())).first()
                .extracting(TeamRule::id).isEqualTo("security-commune-police");
    }

    @Test
    void problemsAreListed() {
        RuleSetDraft bad = new RuleSetDraft("bad", List.of(new PlaceKind("X", "x", List.of(), List.of())), List.of(
                new TeamRule("a", "", List.of("NO_SUCH_CATEGORY"), List.of("NOPE"), null, List.of()),
                new TeamRule("a", "Lý do", null, null, null, List.of(
                        new TeamTarget(TeamType.PROVINCE_DEPARTMENT, TeamTarget.Scope.PROVINCE, null),
                        new TeamTarget(TeamType.COMMUNE_POLICE, TeamTarget.Scope.PROVINCE, null),
                        new TeamTarget(TeamType.COMMUNITY_DIGITAL, TeamTarget.Scope.COMMUNE, "team-x")))));
        assertThat(bad.problems()).containsExactly(
                "placeKinds.X: give keywords or categories",
                "rules.a: 'why' (the justification stored with each decision) is required",
                "rules.a: unknown category NO_SUCH_CATEGORY",
                "rules.a: unknown place kind NOPE",
                "rules.a: at least one target is required",
                "rules.a: duplicate id",
                "rules.a: a PROVINCE PROVINCE_DEPARTMENT target needs a teamId (there are several)",
                "rules.a: a COMMUNE_POLICE team cannot have scope PROVINCE",
                "rules.a: teamId is only for PROVINCE targets (a COMMUNE target is the report's commune's)");
    }
}
