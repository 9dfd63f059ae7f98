package vn.gov.daklak.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrgencyTest {

    @Test
    void aCategoryUrgentByDefaultIsUrgentWhateverItSays() {
        assertThat(Urgency.ofReport("BAO_VE_TRE_EM", "Trẻ bị bỏ đói", "", null))
                .hasValueSatisfying(signal -> assertThat(signal.byCategory()).isTrue());
        assertThat(Urgency.ofReport("CHAY_NO", "Khói", null, null)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dây điện đứt rơi xuống đường", "day dien dut roi xuong duong", "Sạt lở taluy",
            "Nước lên nhanh ở buôn Kô Siêr"})
    void aDangerKeywordMakesAnOrdinaryCategoryUrgentWithOrWithoutDiacritics(String title) {
        assertThat(Urgency.ofReport("DIEN", title, "", "Buôn Ma Thuột")).hasValueSatisfying(signal ->
                assertThat(signal.byCategory()).isFalse());
    }

    @Test
    void ordinaryWordsAreNotUrgentAndPartsOfWordsDoNotCount() {
        assertThat(Urgency.ofReport("VE_SINH_MOI_TRUONG", "Rác thải ùn ứ", "Lúc sáng chưa thu gom", null)).isEmpty();
    }

    @Test
    void aDeploymentsExtraKeywordsCountToo() {
        FoldedText text = Urgency.reportText("Hố tử thần giữa đường", null, null);
        assertThat(Urgency.assess("HT_GIAO_THONG", text, List.of())).isEmpty();
        assertThat(Urgency.assess("HT_GIAO_THONG", text, List.of("hố tử thần"))).isPresent();
        assertThat(Urgency.dangerKeywords()).contains("cột điện ngã");
    }
}
