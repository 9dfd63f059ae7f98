package vn.gov.daklak.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.gov.daklak.identity.security.ApiSecurityConfiguration;
import vn.gov.daklak.platform.audit.AuditLog;
import vn.gov.daklak.platform.security.ResourceServerConfiguration;
import vn.gov.daklak.platform.web.ProblemDetailsAdvice;

/**
 * For {@code @WebMvcTest} slices of the API: the real API security (bearer tokens, roles, problem details for 401 and
 * 403), with tokens given by {@link Tokens} instead of decoded, and the audit log mocked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ProblemDetailsAdvice.class, ApiSecurityConfiguration.class, ApiSlice.ResourceServer.class})
@MockitoBean(types = {JwtDecoder.class, AuditLog.class})
public @interface ApiSlice {

    /** The platform's token check around the mocked decoder, as the service wires it. */
    @TestConfiguration(proxyBeanMethods = false)
    class ResourceServer {
        @Bean
        ResourceServerConfiguration.PlatformResourceServer platformResourceServer(JwtDecoder decoder) {
            return new ResourceServerConfiguration.PlatformResourceServer(decoder);
        }
    }
}
