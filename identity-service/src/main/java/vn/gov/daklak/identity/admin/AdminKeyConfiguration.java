package vn.gov.daklak.identity.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Interim protection of the admin API by a shared key ({@code identity.admin-key}). */
@Configuration(proxyBeanMethods = false)
class AdminKeyConfiguration implements WebMvcConfigurer {
    private static final Logger log = LoggerFactory.getLogger(AdminKeyConfiguration.class);

    private final String adminKey;

    AdminKeyConfiguration(@Value("${identity.admin-key:}") String adminKey) {
        this.adminKey = adminKey;
        if (adminKey.isBlank()) {
            log.warn("identity.admin-key is not set: every admin API call will be refused with 401");
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AdminKeyInterceptor(adminKey)).addPathPatterns("/api/**");
    }
}
