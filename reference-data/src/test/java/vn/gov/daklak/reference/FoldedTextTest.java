package vn.gov.daklak.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class FoldedTextTest {

    @Test
    void foldRemovesDiacriticsAndCaseAndTurnsDStrokeIntoD() {
        assertThat(FoldedText.fold("Sạt lở ĐƯỜNG Đắk Lắk")).isEqualTo("sat lo duong dak lak");
    }

    @Test
    void foldHandlesDecomposedInput() {
        assertThat(FoldedText.fold(Normalizer.normalize("Hòa Thuận", Normalizer.Form.NFD))).isEqualTo("hoa thuan");
    }

    @Test
    void wordsDropApostrophesAndSplitLettersFromDigits() {
        assertThat(FoldedText.words("Ea H'Leo, QL14; P.9")).containsExactly("ea", "hleo", "ql", "14", "p", "9");
    }

    @Test
    void phrasesMatchWholeWordsAcrossPunctuation() {
        assertThat(FoldedText.containsPhrase("Nhà bị sạt-lở, cần giúp", "sạt lở")).isTrue();
        assertThat(FoldedText.containsPhrase("nuoc len nhanh qua", "nước lên nhanh")).isTrue();
        assertThat(FoldedText.containsPhrase("lúc sáng", "lũ")).isFalse();
        assertThat(FoldedText.containsPhrase("anything", "")).isFalse();
    }

    @Test
    void hashStandsForAnyNumber() {
        assertThat(FoldedText.containsPhrase("Ổ gà trên QL14 đoạn km 3", "ql #")).isTrue();
        assertThat(FoldedText.containsPhrase("Ql 1A qua Tuy Hòa", "ql #")).isTrue();
        assertThat(FoldedText.containsPhrase("đường ĐT 645", "đt #")).isTrue();
        assertThat(FoldedText.containsPhrase("số đt của tôi", "đt #")).isFalse();
    }
}
