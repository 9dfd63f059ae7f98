package vn.gov.daklak.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A text reduced to the words residents' spelling varies least in: lower case, no diacritics, {@code đ} → {@code d},
 * apostrophes dropped ("H'Leo" → "hleo"), letters and digits split ("QL14" → "ql 14"), everything else a word
 * break. Many reports are typed without diacritics, so phrases are compared in this form, as whole words: "lũ" must
 * not match "lúc" once both have lost their marks.
 */
public final class FoldedText {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`´]");
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+");

    private final List<String> words;
    private final String spaced;
    private final String spacedWithNumbers;

    private FoldedText(List<String> words) {
        this.words = List.copyOf(words);
        this.spaced = " " + String.join(" ", words) + " ";
        this.spacedWithNumbers = " " + String.join(" ", words.stream()
                .map(w -> NUMBER.matcher(w).matches() ? "#" : w).toList()) + " ";
    }

    public static FoldedText of(String text) {
        return new FoldedText(words(text));
    }

    /** Lower case, diacritics removed, {@code đ} → {@code d}: "Sạt lở ĐƯỜNG" → "sat lo duong". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');
    }

    /** The folded words of a text, in order. */
    public static List<String> words(String text) {
        String folded = APOSTROPHES.matcher(fold(text)).replaceAll("");
        folded = LETTER_DIGIT.matcher(folded).replaceAll(" ");
        List<String> out = new ArrayList<>();
        for (String w : NOT_LETTER_OR_DIGIT.split(folded)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    public List<String> words() {
        return words;
    }

    /**
     * True if {@code phrase} occurs as whole words. A {@code #} word in the phrase stands for any number, so
     * "ql #" finds "QL14", "Ql 1A" and "quốc lộ" does not need it.
     */
    public boolean contains(String phrase) {
        List<String> p = words(phrase.replace("#", " 0 "));
        if (p.isEmpty()) {
            return false;
        }
        boolean numbered = phrase.contains("#");
        String needle = " " + String.join(" ", numbered ? p.stream().map(w -> w.equals("0") ? "#" : w).toList() : p)
                + " ";
        return (numbered ? spacedWithNumbers : spaced).contains(needle);
    }

    /** Convenience for one-off checks. */
    public static boolean containsPhrase(String text, String phrase) {
        return of(text).contains(phrase);
    }
}
