package vn.gov.daklak.platform.audit;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The audit log of a servlet service with MongoDB: {@link MongoAuditLog} and the {@link AuditInterceptor} on
 * {@code /api/**}, which records every call of an {@link Audited} endpoint. The actor is the platform's
 * {@code Caller} when Spring Security's resource server is on the classpath. Reading the log over HTTP is each
 * service's own endpoint, with its own rules; nothing offers to change or remove an entry.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({MongoTemplate.class, WebMvcConfigurer.class})
@ConditionalOnBean(MongoTemplate.class)
public class AuditConfiguration {

    @Bean
    @ConditionalOnMissingBean(AuditLog.class)
    MongoAuditLog auditLog(MongoTemplate mongo) {
        return new MongoAuditLog(mongo);
    }

    @Bean
    WebMvcConfigurer auditInterceptorRegistration(AuditLog auditLog, AuditActor.Resolver actors,
                                                  ObjectProvider<Clock> clock) {
        AuditInterceptor interceptor = new AuditInterceptor(auditLog, actors, clock.getIfAvailable(Clock::systemUTC));
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor).addPathPatterns("/api/**");
            }
        };
    }

    /** With the platform's token check on the classpath, the actor is the token's {@code Caller}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.security.core.context.SecurityContextHolder",
            "org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken"})
    static class CallerActors {
        @Bean
        @ConditionalOnMissingBean(AuditActor.Resolver.class)
        AuditActor.Resolver callerAuditActors() {
            return new CallerActorResolver();
        }
    }

    /** Without it, the servlet's user principal, if any. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken")
    static class PrincipalActors {
        @Bean
        @ConditionalOnMissingBean(AuditActor.Resolver.class)
        AuditActor.Resolver principalAuditActors() {
            return AuditActor.Resolver.fromPrincipal();
        }
    }
}
