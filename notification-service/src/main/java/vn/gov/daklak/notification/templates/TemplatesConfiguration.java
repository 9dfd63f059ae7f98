package vn.gov.daklak.notification.templates;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TemplatesConfiguration {

    @Bean
    TemplateRenderer templateRenderer(MessageSource messageSource) {
        return new TemplateRenderer(new MessageSourcePatterns(messageSource));
    }
}
