package vn.gov.daklak.routing.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldRemovesDiacriticsAndCaseAndTurnsDStrokeIntoD() {
        assertThat(VietnameseText.fold("Sạt lở ĐƯỜNG Đắk Lắk")).isEqualTo("sat lo duong dak lak");
    }

    @Test
    void foldHandlesDecomposedInput() {
        String decomposed = java.text.Normalizer.normalize("Hòa Thuận", java.text.Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo("hoa thuan");
    }

    @Test
    void phrasesMatchWholeWordsAcrossPunctuation() {
        assertThat(VietnameseText.containsPhrase("Nhà bị sạt-lở, cần giúp", "sạt lở")).isTrue();
        assertThat(VietnameseText.containsPhrase("nuoc len nhanh qua", "nước lên nhanh")).isTrue();
        assertThat(VietnameseText.containsPhrase("lúc sáng", "lũ")).isFalse();
        assertThat(VietnameseText.containsPhrase("anything", "")).isFalse();
    }
}
