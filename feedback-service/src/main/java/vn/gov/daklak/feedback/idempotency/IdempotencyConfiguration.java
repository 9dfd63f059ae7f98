package vn.gov.daklak.feedback.idempotency;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.feedback.security.SecurityConfiguration;

@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(store, json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityConfiguration.ORDER + 10); // after the token check: keys belong to callers
        return registration;
    }
}
