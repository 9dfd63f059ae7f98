package vn.gov.daklak.notification.channels.email;

import java.util.Locale;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

import vn.gov.daklak.notification.channels.OutgoingMessage;
import vn.gov.daklak.notification.templates.Languages;
import vn.gov.daklak.notification.templates.TemplateRenderer;

/**
 * Subject, plain text and HTML of an e-mail. Subjects are templates too ({@code email.subject.<template key>}, with the
 * same parameters), falling back to {@code email.subject.default}.
 */
record EmailContent(String subject, String plainText, String html) {
    static final String SUBJECT_PREFIX = "email.subject.";

    static EmailContent of(OutgoingMessage message, TemplateRenderer renderer) {
        Locale locale = Languages.localeOf(message.language());
        Map<String, String> parameters = message.parameters() == null ? Map.of() : message.parameters();
        String subject;
        try {
            subject = renderer.render(SUBJECT_PREFIX + message.templateKey(), locale, parameters).text();
        } catch (IllegalArgumentException noSpecificSubject) {
            subject = renderer.label(SUBJECT_PREFIX + "default", locale);
        }
        String footer = renderer.label("email.footer", locale);
        String plain = message.text() + "\n\n-- \n" + footer + "\n";
        String html = "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head><meta charset=\"UTF-8\">"
                + "<title>" + escape(subject) + "</title></head>\n"
                + "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#1a1a1a\">\n"
                + "<p>" + escape(message.text()).replace("\n", "<br>") + "</p>\n"
                + "<hr style=\"border:none;border-top:1px solid #ddd\">\n"
                + "<p style=\"font-size:12px;color:#666\">" + escape(footer) + "</p>\n</body>\n</html>\n";
        return new EmailContent(subject, plain, html);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
