package vn.gov.daklak.notification.templates;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template's named placeholders ({@code {trackingCode}}). Named rather than MessageFormat's positional
 * ones so that callers of {@code notification.requested} can pass a parameter map, and so that apostrophes in
 * texts need no escaping.
 */
public class TemplateRenderer {
    /** Residents read times in Vietnam's time zone, whatever the server's. */
    public static final ZoneId LOCAL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(" + NAME.pattern() + ")}");

    private final MessagePatterns patterns;

    public TemplateRenderer(MessagePatterns patterns) {
        this.patterns = patterns;
    }

    /** @throws IllegalArgumentException when the template is unknown or a placeholder has no value */
    public RenderedMessage render(String templateKey, Locale locale, Map<String, String> parameters) {
        String pattern = patterns.pattern(templateKey, locale);
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String value = parameters.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException(
                        "Template " + templateKey + " needs parameter '" + matcher.group(1) + "'");
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(text);
        Map<String, String> kept = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            // only names a template can use; they are also safe as MongoDB field names
            if (value != null && NAME.matcher(name).matches()) {
                kept.put(name, value);
            }
        });
        return new RenderedMessage(templateKey, Collections.unmodifiableMap(kept), text.toString());
    }

    /** E.g. {@code 17:00 ngày 02/12/2026} in Vietnamese; a localized "not set yet" for null. */
    public String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return patterns.pattern(TemplateKeys.DATE_TIME_UNKNOWN, locale);
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(patterns.pattern(TemplateKeys.FORMAT_DATE_TIME, locale),
                locale);
        return format.format(instant.atZone(LOCAL_ZONE));
    }

    /** A fixed text in the locale's language (a label, not a template): e.g. a priority's name. */
    public String label(String key, Locale locale) {
        return patterns.pattern(key, locale);
    }

    /** The staff's note, or a localized "no details given" when they left it empty. */
    public String note(String note, Locale locale) {
        return note == null || note.isBlank() ? patterns.pattern(TemplateKeys.NOTE_MISSING, locale) : note.strip();
    }
}
