package vn.gov.daklak.feedback.open311;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.xml.JacksonXmlHttpMessageConverter;

/**
 * jackson-dataformat-xml is on the classpath only for Open311's own XML ({@link Open311Renderer}). Boot would also
 * register it as an MVC message converter, and every other endpoint would then answer a browser's
 * {@code Accept: …application/xml…} with XML: this keeps the rest of the API JSON-only, as it was.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Open311ApiKeys.class)
class Open311XmlConfiguration {

    @Bean
    ServerHttpMessageConvertersCustomizer noXmlMessageConverter() {
        return builder -> builder.configureMessageConvertersList(
                converters -> converters.removeIf(JacksonXmlHttpMessageConverter.class::isInstance));
    }
}
