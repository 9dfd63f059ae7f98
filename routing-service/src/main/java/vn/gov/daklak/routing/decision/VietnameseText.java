package vn.gov.daklak.routing.decision;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folding for keyword search in residents' texts, many of which are typed without diacritics. */
final class VietnameseText {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private VietnameseText() {
    }

    /** Lower case, diacritics removed, {@code đ} → {@code d}: "Sạt lở ĐƯỜNG" → "sat lo duong". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');
    }

    /**
     * True if {@code phrase} occurs in {@code text} as whole words, comparing folded forms; punctuation and runs of
     * spaces count as one word break. Whole words matter once diacritics are gone: "lũ" must not match "lúc".
     */
    static boolean containsPhrase(String text, String phrase) {
        String folded = words(fold(phrase));
        return !folded.isBlank() && (" " + words(fold(text)) + " ").contains(" " + folded + " ");
    }

    private static String words(String folded) {
        return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll(" ").strip();
    }
}
