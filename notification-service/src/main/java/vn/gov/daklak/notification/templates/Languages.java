package vn.gov.daklak.notification.templates;

import java.util.Locale;

/** Vietnamese unless the person asked for English. */
public final class Languages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Languages() {
    }

    public static Locale localeOf(String language) {
        if (language != null && Locale.forLanguageTag(language.trim().replace('_', '-')).getLanguage().equals("en")) {
            return Locale.ENGLISH;
        }
        return VIETNAMESE;
    }
}
