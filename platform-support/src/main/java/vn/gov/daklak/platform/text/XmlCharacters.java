package vn.gov.daklak.platform.text;

import java.util.OptionalInt;

/**
 * The characters text may hold: those XML 1.0 allows ({@code #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
 * [#x10000-#x10FFFF]}), as whole code points, so a lone surrogate is not one. Whatever people send is checked
 * against this at the edge ({@code TextInputModule}, {@code RequestTextFilter}), and writers of XML strip what is not
 * (text stored before the check).
 */
public final class XmlCharacters {

    private XmlCharacters() {
    }

    public static boolean allowed(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }

    /** The index of the first character that is not allowed (a lone surrogate included), if any. */
    public static OptionalInt firstIllegal(CharSequence text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i += 2; // a pair: U+10000 to U+10FFFF, allowed
                continue;
            }
            if (Character.isSurrogate(c) || !allowed(c)) {
                return OptionalInt.of(i);
            }
            i++;
        }
        return OptionalInt.empty();
    }

    public static boolean isClean(CharSequence text) {
        return firstIllegal(text).isEmpty();
    }

    /** The text without the characters that are not allowed; the same instance when there are none. */
    public static String strip(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (!Character.isSurrogate(c) && allowed(c)) {
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }
}
