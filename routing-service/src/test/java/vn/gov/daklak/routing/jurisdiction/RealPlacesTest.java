package vn.gov.daklak.routing.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.gov.daklak.routing.address.AddressMatch;
import vn.gov.daklak.routing.address.AddressResolver;

/**
 * Real places whose commune is known from sources independent of the boundary polygons: the coordinates come from
 * encyclopaedias and the press (cited per place), the commune from the place's published pre-2025 address mapped
 * with the official old→new table (NQ 1660/NQ-UBTVQH15, reference-data daklak_old_to_new.csv), or from a 2026
 * article naming the new commune. The same old address, typed as residents do, must resolve to the same unit.
 */
class RealPlacesTest {
    static final String TUY_AN_DONG = "22120";
    static final String O_LOAN = "22147";
    static final String HOA_XUAN = "22291";
    static final String LIEN_SON_LAK = "24580";
    static final String EA_NA = "24559";

    private static JurisdictionIndex index;
    private static AddressResolver addresses;

    @BeforeAll
    static void load() {
        index = new JurisdictionIndex();
        addresses = new AddressResolver();
    }

    /**
     * Coast. Gành Đá Đĩa: 13°20′06″N 109°17′53″E, "An Ninh Đông, Tuy An District, Phú Yên" (en.wikipedia.org
     * "Gành Đá Đĩa" infobox); "gành Đá Đĩa thuộc thôn 6, xã An Ninh Đông, huyện Tuy An" (niemrieng.net, zingnews.vn
     * 2021). Old Xã An Ninh Đông → Xã Tuy An Đông.
     */
    @Test
    void ganhDaDiaOnTheCoastIsInTuyAnDong() {
        assertThat(index.locate(13.33500, 109.29806)).hasValueSatisfying(l ->
                assertThat(l.communeCode()).isEqualTo(TUY_AN_DONG));
        assertThat(addresses.resolve("Gành Đá Đĩa, thôn 6, xã An Ninh Đông, huyện Tuy An, Phú Yên").candidateCodes())
                .containsExactly(TUY_AN_DONG);
        assertThat(addresses.resolve("ganh da dia, thon 6, xa an ninh dong, h. tuy an").candidateCodes())
                .containsExactly(TUY_AN_DONG);
    }

    /**
     * Coast, a cape on the open sea. Mũi Đại Lãnh (Mũi Điện): "tọa độ 12 độ 53 phút 48 giây Bắc và 109 độ 27 phút
     * 12 giây Đông … thuộc địa phận xã Hòa Tâm, thị xã Đông Hòa" (baovephapluat.vn; also thanhnien.vn 2019,
     * vi.wikipedia "Mũi Điện"). Old Xã Hòa Tâm → Xã Hòa Xuân.
     */
    @Test
    void muiDaiLanhCapeIsInHoaXuan() {
        assertThat(index.locate(12 + 53 / 60.0 + 48 / 3600.0, 109 + 27 / 60.0 + 12 / 3600.0))
                .hasValueSatisfying(l -> assertThat(l.communeCode()).isEqualTo(HOA_XUAN));
        assertThat(addresses.resolve("Bãi Môn - Mũi Điện, xã Hòa Tâm, TX Đông Hòa").candidateCodes())
                .containsExactly(HOA_XUAN);
        assertThat(addresses.resolve("bai mon, xa hoa tam, thi xa dong hoa").candidateCodes())
                .containsExactly(HOA_XUAN);
    }

    /**
     * Lagoon. Đầm Ô Loan "adjoins communes of An Cư, An Hòa, An Hải, An Hiệp and An Ninh Đông of Tuy An district"
     * (phuyentourism.gov.vn; An Hòa and An Hải had merged into An Hòa Hải) and lies about 22 km north of Tuy Hòa
     * (en.wikipedia "Ô Loan Lagoon"). The point (13.2797, 109.2922) is a lagoon position from a public travel
     * itinerary; a second, independent dataset puts the lagoon at (13.29, 109.28), 1.7 km away, with the same
     * result. Those old communes went into Xã Ô Loan (named after the lagoon) and Xã Tuy An Đông.
     */
    @Test
    void oLoanLagoonBelongsToTheCommunesAroundIt() {
        for (double[] p : new double[][] {{13.2797, 109.2922}, {13.29, 109.28}}) {
            assertThat(index.locate(p[0], p[1])).hasValueSatisfying(l ->
                    assertThat(l.communeCode()).isIn(O_LOAN, TUY_AN_DONG));
        }
        assertThat(addresses.resolve("đầm Ô Loan, xã An Hòa Hải, huyện Tuy An").candidateCodes())
                .containsExactly(O_LOAN);
        assertThat(addresses.resolve("Dam O Loan, xa An Cu, Tuy An").candidateCodes()).containsExactly(O_LOAN);
    }

    /**
     * Border river. Thác Dray Nur is on the Krông Ana / Sêrêpốk, which forms the provincial border here (Dray Sáp,
     * across the river, was in Đắk Nông): "Kuop Hamlet, Dray Sap Commune, Krong Ana District" (vietnamnet.vn 2020),
     * "Tọa lạc tại xã Ea Na, tỉnh Đắk Lắk" (tienphong.vn, 20/02/2026). Point (12.5381, 107.8920) from a public
     * travel dataset, consistent with "25 km south-west of Buôn Ma Thuột". On the river the simplified boundary
     * leaves it just outside the province; the nearest unit within 2 km is the right one.
     */
    @Test
    void drayNurWaterfallOnTheBorderRiverIsInEaNa() {
        Location l = index.locate(12.5381, 107.8920).orElseThrow();
        assertThat(l.communeCode()).isEqualTo(EA_NA);
        assertThat(l.distanceMeters()).isLessThan(JurisdictionIndex.MAX_NEAREST_DISTANCE_METERS);
        System.out.printf("Dray Nur: %s%n", l);
        assertThat(addresses.resolve("buôn Kuốp, xã Dray Sáp, huyện Krông A Na").candidateCodes())
                .containsExactly(EA_NA);
        assertThat(addresses.resolve("buon Kuop, xa Dray Sap, Krong A Na").candidateCodes()).containsExactly(EA_NA);
    }

    /**
     * Lake. Hồ Lắk: 12°25′21″N 108°10′48″E, "situé sur la commune Liên Sơn … district de Lak" (fr.wikipedia "Lac
     * Lak"); "Lak Lake located in Lien Son town, Lak district" (press). Old Thị trấn Liên Sơn → Xã Liên Sơn Lắk.
     */
    @Test
    void lakLakeIsInLienSonLak() {
        assertThat(index.locate(12 + 25 / 60.0 + 21 / 3600.0, 108 + 10 / 60.0 + 48 / 3600.0))
                .hasValueSatisfying(l -> assertThat(l.communeCode()).isEqualTo(LIEN_SON_LAK));
        AddressMatch m = addresses.resolve("Hồ Lắk, thị trấn Liên Sơn, huyện Lắk, tỉnh Đắk Lắk");
        assertThat(m.kind()).isEqualTo(AddressMatch.Kind.FORMER_UNIT);
        assertThat(m.candidateCodes()).containsExactly(LIEN_SON_LAK);
        assertThat(addresses.resolve("ho lak, tt lien son, h. lak").candidateCodes()).containsExactly(LIEN_SON_LAK);
    }
}
