package vn.gov.daklak.feedback.report;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.daklak.contracts.report.ReporterContact;

/**
 * Free text as the public sees it: the one redactor of everything public (the public reports, Open311 and tracking
 * by code). Residents and staff write phone numbers, ID card numbers, e-mails and names into descriptions and notes;
 * all of them are replaced by {@value #HIDDEN}, as are links (a linked photo may carry GPS metadata). The text is
 * first brought to its compatibility form (NFKC), so full-width digits and signs count as the ASCII ones. Any run of 9
 * or more digits, whatever separates them (spaces, dots, dashes, slashes, underscores, brackets: {@code 0912/345/678},
 * {@code (091) 234-5678}), counts as a phone or ID number, even if it was meant as an amount. E-mail addresses are
 * found also as people disguise them ({@code x(at)y.vn}, {@code x [at] y [dot] vn}, {@code x a còng y chấm vn}).
 * Names are found only as the reporter gave theirs (in full in any case, or the capitalised given name alone), not
 * other people's.
 */
public final class PublicText {
    public static final String HIDDEN = "[đã ẩn]";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\+?\\(?\\p{Nd}(?:[\\s./_\\-()]{0,3}\\p{Nd}){8,}(?![\\p{L}\\p{N}])");
    private static final String AT = "(?:\\s*@\\s*|\\s*[(\\[{<]\\s*(?:at|@|a còng)\\s*[)\\]}>]\\s*|\\s+a còng\\s+)";
    private static final String DOT = "(?:\\.|\\s*[(\\[{<]\\s*(?:dot|chấm|\\.)\\s*[)\\]}>]\\s*|\\s+(?:dot|chấm)\\s+)";
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+\\-]+" + AT
            + "[\\p{L}\\p{N}\\-]+(?:" + DOT + "[\\p{L}\\p{N}\\-]+)*" + DOT + "\\p{L}{2,}(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final int SHORTEST_NAME = 3;

    private PublicText() {
    }

    /** {@code text} without contact details, in particular without any of {@code reporter}'s. */
    public static String of(String text, ReporterContact reporter) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String out = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (reporter != null) {
            out = hide(out, reporter.name(), SHORTEST_NAME);
            out = hideCapitalised(out, givenName(reporter.name()));
            out = hide(out, reporter.email(), 1);
            out = hide(out, reporter.zaloUserId(), 1);
        }
        out = LINK.matcher(out).replaceAll(HIDDEN);
        out = EMAIL.matcher(out).replaceAll(HIDDEN);
        return NUMBER.matcher(out).replaceAll(HIDDEN);
    }

    /** A whole-word, case-insensitive occurrence of {@code value}. */
    private static String hide(String text, String value, int shortest) {
        if (value == null || value.strip().length() < shortest) {
            return text;
        }
        String literal = Normalizer.normalize(value.strip(), Normalizer.Form.NFKC);
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(literal) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text)
                .replaceAll(Matcher.quoteReplacement(HIDDEN));
    }

    /**
     * The given name alone ("chị Ngọc"), only as a name is written, capitalised: given names are often common words
     * ("hoa", "mai", "an").
     */
    private static String hideCapitalised(String text, String givenName) {
        if (givenName == null || givenName.length() < SHORTEST_NAME) {
            return text;
        }
        String name = Normalizer.normalize(givenName, Normalizer.Form.NFKC);
        String capitalised = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(capitalised) + "(?![\\p{L}\\p{N}])")
                .matcher(text).replaceAll(Matcher.quoteReplacement(HIDDEN));
    }

    /** Vietnamese names end with the given name, which people use alone ("chị Ngọc"). */
    private static String givenName(String name) {
        if (name == null || !name.strip().contains(" ")) {
            return null;
        }
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }
}
