package vn.gov.daklak.routing.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.gov.daklak.routing.address.AddressMatch.Kind;

/**
 * Addresses as residents write them, old (pre-1 July 2025) and new, with and without diacritics. Expected units come
 * from the official old→new table (reference-data daklak_old_to_new.csv, from NQ 1660/NQ-UBTVQH15), not from the
 * boundaries.
 */
class AddressResolverTest {
    static final AddressResolver resolver = new AddressResolver();

    @ParameterizedTest
    @ValueSource(strings = {"xa Hoa Thang, TP Buon Ma Thuot", "Xã Hòa Thắng, Thành phố Buôn Ma Thuột, Đắk Lắk",
            "thôn 5, X. Hoà Thắng, tp. BMT", "XA HOA THANG - TP BUON MA THUOT", "Hòa Thắng, Buôn Ma Thuột"})
    void oldCommuneWithItsOldCityResolvesToItsNewWard(String address) {
        AddressMatch m = resolver.resolve(address);
        assertThat(m.kind()).isEqualTo(Kind.FORMER_UNIT);
        assertThat(m.candidateCodes()).containsExactly("24121"); // Phường Tân Lập
        assertThat(m.explanation()).isEqualTo("Địa chỉ ghi Xã Hòa Thắng (Thành phố Buôn Ma Thuột) trước sắp xếp "
                + "01/07/2025, nay thuộc Phường Tân Lập");
    }

    @Test
    void theOtherHoaThangIsInPhuHoa() {
        AddressMatch m = resolver.resolve("xã Hòa Thắng, huyện Phú Hòa, tỉnh Phú Yên");
        assertThat(m.kind()).isEqualTo(Kind.FORMER_UNIT);
        assertThat(m.candidateCodes()).containsExactly("22319"); // Xã Phú Hòa 1
    }

    @Test
    void homonymWithoutDistrictIsAmbiguousAndNamesBoth() {
        AddressMatch m = resolver.resolve("xa hoa thang");
        assertThat(m.kind()).isEqualTo(Kind.AMBIGUOUS);
        assertThat(m.candidateCodes()).containsExactlyInAnyOrder("24121", "22319");
        assertThat(m.explanation()).contains("Phường Tân Lập").contains("Xã Phú Hòa 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Phường 9, TP Tuy Hòa", "P9 Tuy Hoa", "phuong 9, thanh pho Tuy Hoa, Phu Yen"})
    void splitOldWardNamesBothNewWards(String address) {
        AddressMatch m = resolver.resolve(address);
        assertThat(m.kind()).isEqualTo(Kind.FORMER_UNIT_SPLIT);
        assertThat(m.candidateCodes()).containsExactlyInAnyOrder("22015", "22045");
        assertThat(m.explanation()).contains("nay chia cho Phường Tuy Hòa và Phường Bình Kiến");
    }

    @Test
    void splitUnitsOfTheOldDakLakSideToo() {
        // Xã Ea Bhốk (Cư Kuin) went partly to Xã Dray Bhăng, the rest to Xã Ea Ktur
        AddressMatch m = resolver.resolve("buôn Kô Đung, xã Ea Bhốk, huyện Cư Kuin");
        assertThat(m.kind()).isEqualTo(Kind.FORMER_UNIT_SPLIT);
        assertThat(m.candidateCodes()).containsExactlyInAnyOrder("24544", "24561");
    }

    @Test
    void oldTownAndApostrophesAndJoinedSpellings() {
        assertThat(resolver.resolve("TT Liên Sơn, huyện Lắk").candidateCodes()).containsExactly("24580");
        assertThat(resolver.resolve("xã EaBar, huyện Sông Hinh").kind()).isEqualTo(Kind.FORMER_UNIT_SPLIT);
        assertThat(resolver.resolve("xã Ea Bar, Sông Hinh").candidateCodes())
                .containsExactlyInAnyOrder("22225", "22237");
    }

    @Test
    void oldCodeAfterMa() {
        AddressMatch m = resolver.resolve("mã xã 24166");
        assertThat(m.kind()).isEqualTo(Kind.FORMER_UNIT);
        assertThat(m.candidateCodes()).containsExactly("24121");
    }

    @Test
    void currentNamesResolveToThemselves() {
        AddressMatch m = resolver.resolve("123 Lê Duẩn, phường Tân Lập, Đắk Lắk");
        // also the name of an old ward that went into it; without an old district the current unit is meant
        assertThat(m.kind()).isEqualTo(Kind.CURRENT_UNIT);
        assertThat(m.candidateCodes()).containsExactly("24121");
        assertThat(resolver.resolve("xã Ô Loan").candidateCodes()).containsExactly("22147");
        assertThat(resolver.resolve("xa o loan").kind()).isEqualTo(Kind.CURRENT_UNIT);
    }

    @Test
    void aBareOldCityNameIsTheWholeOldCity() {
        AddressMatch m = resolver.resolve("12 Nguyễn Tất Thành, Buôn Ma Thuột");
        assertThat(m.kind()).isEqualTo(Kind.FORMER_DISTRICT);
        assertThat(m.candidateCodes()).hasSize(6).contains("24133", "24121");
    }

    @Test
    void streetsHouseNumbersAndTheProvinceAreNotUnits() {
        assertThat(resolver.resolve("123 Lê Duẩn").kind()).isEqualTo(Kind.NONE);
        assertThat(resolver.resolve("Đắk Lắk").kind()).isEqualTo(Kind.NONE);
        assertThat(resolver.resolve("Phú Yên, Việt Nam").kind()).isEqualTo(Kind.NONE);
        assertThat(resolver.resolve("số nhà 24166 đường Hùng Vương").kind()).isEqualTo(Kind.NONE);
        assertThat(resolver.resolve(null).kind()).isEqualTo(Kind.NONE);
        assertThat(resolver.resolve("  ").kind()).isEqualTo(Kind.NONE);
    }
}
