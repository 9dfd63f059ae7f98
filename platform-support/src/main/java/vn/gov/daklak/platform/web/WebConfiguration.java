package vn.gov.daklak.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.platform.text.TextInputModule;

/**
 * HTTP plumbing of every servlet service: problem details, the body size limit and the text checks, which run before
 * security and before any controller, so hostile input is refused before it costs anything.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ProblemDetailsAdvice.class)
public class WebConfiguration {

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
            @Value("${platform.http.max-body-size:256KB}") DataSize maxBodySize) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(maxBodySize.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestTextFilter> requestTextFilter() {
        var registration = new FilterRegistrationBean<>(new RequestTextFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** JSON request bodies are read with {@link TextInputModule}; events on Kafka are not affected. */
    @Bean
    @org.springframework.core.annotation.Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer checkedTextJson(JsonMapper mapper) {
        JsonMapper checked = mapper.rebuild().addModule(new TextInputModule()).build();
        return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(checked));
    }
}
