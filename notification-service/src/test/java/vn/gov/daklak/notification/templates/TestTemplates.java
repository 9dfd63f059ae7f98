package vn.gov.daklak.notification.templates;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The real message files, read the way Spring Boot's MessageSource auto-configuration reads them. */
public final class TestTemplates {

    private TestTemplates() {
    }

    public static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    public static TemplateRenderer renderer() {
        return new TemplateRenderer(new MessageSourcePatterns(messageSource()));
    }
}
