package vn.gov.daklak.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class CommunesTest {

    @Test
    void has102UnitsOf14WardsAnd88Communes() {
        assertThat(Communes.all()).hasSize(102);
        Map<String, Long> byType = Communes.all().stream()
                .collect(Collectors.groupingBy(Commune::type, Collectors.counting()));
        assertThat(byType).containsOnly(Map.entry("phuong", 14L), Map.entry("xa", 88L));
        assertThat(Communes.all()).allSatisfy(c -> {
            assertThat(c.code()).matches("\\d{5}");
            assertThat(c.fullName()).isEqualTo(c.typeVi() + " " + c.name());
            assertThat(c.formerUnits()).isNotEmpty();
            // label points inside the province bbox
            assertThat(c.labelLat()).isBetween(12.1, 13.7);
            assertThat(c.labelLon()).isBetween(107.4, 109.5);
        });
        assertThat(Communes.all().stream().map(Commune::code).distinct()).hasSize(102);
    }

    @Test
    void byCodeKeepsVietnameseDiacritics() {
        Commune bmt = Communes.byCode("24133").orElseThrow();
        assertThat(bmt.fullName()).isEqualTo("Phường Buôn Ma Thuột");
        assertThat(bmt.name()).isEqualTo("Buôn Ma Thuột");
        assertThat(bmt.type()).isEqualTo("phuong");
        assertThat(bmt.typeVi()).isEqualTo("Phường");
        assertThat(bmt.nameEn()).isEqualTo("Buon Ma Thuot");
        assertThat(bmt.isWard()).isTrue();
        assertThat(bmt.formerUnits()).extracting(FormerUnit::oldName)
                .contains("Phường Thành Công", "Phường Tân Tiến", "Xã Cư ÊBur"); // old-list spelling (bando text: "Cư Êbur")
        assertThat(Communes.byCode(" 24133 ")).contains(bmt);
        assertThat(Communes.byCode("99999")).isEmpty();
        assertThat(Communes.byCode(null)).isEmpty();
        assertThat(Communes.byCode("24184").orElseThrow().fullName()).isEqualTo("Xã Ea H'Leo");
    }

    @Test
    void formerUnitOfBuonMaThuotMapsToTanLap() {
        List<FormerUnitMapping> hoaThang = Communes.formerUnitsByName("Xã Hòa Thắng");
        // two old communes share the name: one in Phú Hòa (Phú Yên), one in TP Buôn Ma Thuột
        assertThat(hoaThang).hasSize(2);
        List<FormerUnitMapping> bmt = Communes.formerUnitsByName("Hoà Thắng", "Buôn Ma Thuột");
        assertThat(bmt).singleElement().satisfies(m -> {
            assertThat(m.newCode()).isEqualTo("24121");
            assertThat(m.newFullName()).isEqualTo("Phường Tân Lập");
            assertThat(m.formerUnit().oldCode()).isEqualTo("24166");
            assertThat(m.formerUnit().oldDistrictName()).isEqualTo("Thành phố Buôn Ma Thuột");
            assertThat(m.formerUnit().mergeType()).isEqualTo("full");
        });
        assertThat(Communes.formerUnitsByOldCode("24166")).singleElement()
                .extracting(FormerUnitMapping::newCode).isEqualTo("24121");
        assertThat(Communes.successorsOf("24166")).extracting(Commune::fullName).containsExactly("Phường Tân Lập");
        assertThat(Communes.byCode("24121").orElseThrow().formerUnits()).extracting(FormerUnit::oldName)
                .contains("Xã Hòa Thắng");
    }

    @Test
    void oldCodesAreReusedByNewUnitsWithOtherNames() {
        // new 24175 "Xã Hòa Phú" re-uses the code of old "Xã Hòa Khánh"
        assertThat(Communes.byCode("24175").orElseThrow().fullName()).isEqualTo("Xã Hòa Phú");
        assertThat(Communes.formerUnitsByOldCode("24175")).singleElement().satisfies(m -> {
            assertThat(m.formerUnit().oldName()).isEqualTo("Xã Hòa Khánh");
            assertThat(m.newCode()).isEqualTo("24175");
        });
    }

    @Test
    void oldToNewTableCovers286OldCommunesWith8Splits() {
        List<FormerUnitMapping> rows = Communes.allFormerUnitMappings();
        assertThat(rows).hasSize(294);
        Set<String> oldCodes = rows.stream().map(m -> m.formerUnit().oldCode()).collect(Collectors.toSet());
        assertThat(oldCodes).hasSize(286);
        Set<String> split = rows.stream().filter(m -> m.formerUnit().isPartial())
                .map(m -> m.formerUnit().oldCode()).collect(Collectors.toSet());
        assertThat(split).hasSize(8);
        for (String code : split) {
            List<FormerUnitMapping> m = Communes.formerUnitsByOldCode(code);
            assertThat(m).hasSize(2).allSatisfy(x -> assertThat(x.formerUnit().mergeType()).isEqualTo("partial"));
            assertThat(m.get(0).newCode()).isNotEqualTo(m.get(1).newCode());
        }
        // Phường 9 of Tuy Hòa is split between Phường Tuy Hòa and Phường Bình Kiến
        assertThat(Communes.successorsOf("22024")).extracting(Commune::fullName)
                .containsExactlyInAnyOrder("Phường Tuy Hòa", "Phường Bình Kiến");
        assertThat(Communes.formerUnitsByOldCode("nope")).isEmpty();
    }

    @Test
    void jsonFormerUnitsAgreeWithTheCsv() {
        Set<String> fromJson = new HashSet<>();
        for (Commune c : Communes.all()) {
            for (FormerUnit f : c.formerUnits()) {
                fromJson.add(f.oldCode() + ">" + c.code() + ":" + f.mergeType());
            }
        }
        Set<String> fromCsv = Communes.allFormerUnitMappings().stream()
                .map(m -> m.formerUnit().oldCode() + ">" + m.newCode() + ":" + m.formerUnit().mergeType())
                .collect(Collectors.toSet());
        assertThat(fromJson).isEqualTo(fromCsv);
        Map<String, Long> byProvince = Communes.allFormerUnitMappings().stream()
                .collect(Collectors.toMap(m -> m.formerUnit().oldCode(), m -> m.formerUnit().oldProvinceName(),
                        (a, b) -> a))
                .values().stream().collect(Collectors.groupingBy(p -> p, Collectors.counting()));
        assertThat(byProvince).containsOnly(Map.entry("Tỉnh Phú Yên", 106L), Map.entry("Tỉnh Đắk Lắk", 180L));
    }

    @Test
    void nameLookupAcceptsBothSpellingsOfTheSources() {
        // pre-reform list says "Xã Eachà Rang", the official bando text "Xã Ea Chà Rang"
        assertThat(Communes.formerUnitsByName("Ea Chà Rang")).extracting(m -> m.formerUnit().oldCode())
                .containsExactly("22192");
        assertThat(Communes.formerUnitsByName("Xã Eachà Rang")).extracting(m -> m.formerUnit().oldCode())
                .containsExactly("22192");
        // "Xã ĐLiê Ya" (old list) vs "Xã Dliê Ya" (bando)
        assertThat(Communes.formerUnitsByName("Dliê Ya")).extracting(m -> m.formerUnit().oldCode())
                .containsExactly("24346");
        assertThat(Communes.formerUnitsByName("nowhere")).isEmpty();
    }

    @Test
    void matchKeyIgnoresTonePlacementCaseAndApostrophes() {
        assertThat(VietnameseText.sameName("Tuy Hoà", "Tuy Hòa")).isTrue();
        assertThat(VietnameseText.sameName("ea h’leo", "Ea H'Leo")).isTrue();
        assertThat(VietnameseText.sameName("Hòa", "Hóa")).isFalse();
        assertThat(VietnameseText.sameName("Đắk Lắk", "Dak Lak")).isFalse();
        assertThat(VietnameseText.sameName("Phường 1", "Phường 11")).isFalse();
    }
}
