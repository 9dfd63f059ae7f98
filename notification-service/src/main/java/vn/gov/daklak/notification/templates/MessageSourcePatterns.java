package vn.gov.daklak.notification.templates;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/** Reads templates through Spring's {@link MessageSource} ({@code messages_<lang>.properties}, UTF-8). */
public class MessageSourcePatterns implements MessagePatterns {
    private final MessageSource messageSource;

    public MessageSourcePatterns(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    @Override
    public String pattern(String key, Locale locale) {
        try {
            // no arguments: MessageSource returns the text as written, without MessageFormat quoting rules
            return messageSource.getMessage(key, null, locale);
        } catch (NoSuchMessageException e) {
            throw new UnknownTemplateException("No message template '" + key + "' for language " + locale);
        }
    }
}
