package vn.gov.daklak.identity.audit;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration implements WebMvcConfigurer {
    private final AuditLog auditLog;
    private final Clock clock;

    AuditConfiguration(AuditLog auditLog, ObjectProvider<Clock> clock) {
        this.auditLog = auditLog;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuditInterceptor(auditLog, clock)).addPathPatterns("/api/**");
    }
}
