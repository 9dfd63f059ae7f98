package vn.gov.daklak.reference;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Name-matching key for Vietnamese place names that is insensitive to case, Unicode normalisation form,
 * tone-mark placement ("Hoà" = "Hòa", "Thuý" = "Thúy"), apostrophes, whitespace and hyphens ("Ea H'Leo" = "Ea H’Leo" = "Ea Hleo"),
 * but still distinguishes different tones ("Hòa" ≠ "Hóa") and vowel shapes ("Đắk" ≠ "Đăk" ≠ "Dak").
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** Matching key as described in the class comment; {@code null} gives {@code ""}. */
    public static String matchKey(String s) {
        if (s == null) {
            return "";
        }
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfd.length());
        StringBuilder word = new StringBuilder();
        char tone = 0;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (isTone(c)) {
                tone = c; // a syllable carries at most one tone; keep it at the end of the word
            } else if (Character.isLetterOrDigit(c) || isShapeMark(c)) {
                word.append(c);
            } else {
                // separator (space, apostrophe, hyphen, punctuation): flush the word
                flush(out, word, tone);
                tone = 0;
            }
        }
        flush(out, word, tone);
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** True if both strings have the same {@link #matchKey(String)}. */
    public static boolean sameName(String a, String b) {
        return matchKey(a).equals(matchKey(b));
    }

    private static void flush(StringBuilder out, StringBuilder word, char tone) {
        if (word.isEmpty()) {
            return;
        }
        out.append(word);
        if (tone != 0) {
            out.append('#').append(toneName(tone));
        }
        word.setLength(0);
    }

    private static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }

    private static boolean isShapeMark(char c) {
        return c == '\u0302' || c == '\u0306' || c == '\u031B';
    }

    private static char toneName(char c) {
        return switch (c) {
            case '\u0300' -> 'f'; // huyền
            case '\u0301' -> 's'; // sắc
            case '\u0303' -> 'x'; // ngã
            case '\u0309' -> 'r'; // hỏi
            default -> 'j'; // nặng
        };
    }
}
