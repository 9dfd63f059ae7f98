package vn.gov.daklak.notification.templates;

import java.util.Locale;

/** Port: the raw text of a template in one language, placeholders still in it. */
public interface MessagePatterns {

    /** @throws UnknownTemplateException when no such key exists for the locale */
    String pattern(String key, Locale locale);
}
