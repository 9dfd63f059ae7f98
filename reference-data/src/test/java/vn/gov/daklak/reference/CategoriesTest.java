package vn.gov.daklak.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CategoriesTest {

    @Test
    void has31CategoriesAnd115Subcategories() {
        assertThat(Categories.all()).hasSize(31);
        assertThat(Categories.all().stream().mapToInt(c -> c.subcategories().size()).sum()).isEqualTo(115);
        assertThat(Categories.all()).allSatisfy(c -> {
            assertThat(c.nameVi()).isNotBlank();
            assertThat(c.responsibleUnits()).containsKeys("commune", "province", "external");
            c.responsibleUnits().values().forEach(units ->
                    units.forEach(u -> assertThat(Categories.unitName(u)).as(u).isPresent()));
            assertThat(c.publicVisibility()).isIn("public", "public_summary_only", "restricted");
            assertThat(c.urgencyDefault()).isIn("normal", "urgent", "emergency_redirect");
        });
    }

    @Test
    void securityCategoryIsSensitive() {
        Category anNinh = Categories.byCode("AN_NINH_TRAT_TU").orElseThrow();
        assertThat(anNinh.sensitive()).isTrue();
        assertThat(anNinh.publicVisibility()).isEqualTo("restricted");
        assertThat(Categories.all().stream().filter(Category::sensitive).map(Category::code))
                .containsExactlyInAnyOrder("AN_NINH_TRAT_TU", "BAO_LUC_GIA_DINH", "BAO_VE_TRE_EM",
                        "CONG_VU_CONG_CHUC", "KHIEU_NAI_TO_CAO");
        assertThat(Categories.byCode("HT_GIAO_THONG").orElseThrow().sensitive()).isFalse();
    }

    @Test
    void subcategoryCodeResolvesToParent() {
        Category parent = Categories.byCode("HT_GIAO_THONG.MAT_DUONG").orElseThrow();
        assertThat(parent.code()).isEqualTo("HT_GIAO_THONG");
        assertThat(parent.nameVi()).isEqualTo("Hạ tầng giao thông, đường sá");
        Subcategory sub = Categories.subcategory("HT_GIAO_THONG.MAT_DUONG").orElseThrow();
        assertThat(sub.nameVi()).isEqualTo("Mặt đường hư hỏng, ổ gà, lún sụt");
        assertThat(sub.urgentKeywordsVi()).contains("sụt lún");
        assertThat(sub.parentCode()).isEqualTo("HT_GIAO_THONG");
        assertThat(parent.subcategories()).contains(sub);
        assertThat(Categories.subcategory("HT_GIAO_THONG.VIA_HE").orElseThrow().urgentKeywordsVi()).isEmpty();
        assertThat(Categories.byCode("HT_GIAO_THONG.NOPE")).isEmpty();
        assertThat(Categories.byCode("NOPE")).isEmpty();
        assertThat(Categories.byCode("KHAC").orElseThrow().subcategories()).isEmpty();
    }

    @Test
    void unitNamesComeFromTheUnitsMap() {
        assertThat(Categories.unitName("SO_XD")).contains("Sở Xây dựng");
        assertThat(Categories.unitNameEn("SO_XD")).contains("Department of Construction (incl. former Transport)");
        assertThat(Categories.unitName("XA_PKT")).hasValueSatisfying(n -> assertThat(n).startsWith("Phòng Kinh tế"));
        assertThat(Categories.unitName("NOPE")).isEmpty();
        Category road = Categories.byCode("HT_GIAO_THONG").orElseThrow();
        assertThat(road.responsibleUnits("commune")).isEqualTo(List.of("XA_PKT"));
        assertThat(road.responsibleUnits("province")).isEqualTo(List.of("SO_XD"));
        assertThat(road.responsibleUnits("nope")).isEmpty();
    }
}
