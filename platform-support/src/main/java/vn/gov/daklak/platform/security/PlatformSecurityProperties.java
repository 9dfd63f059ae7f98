package vn.gov.daklak.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where access tokens come from: {@code platform.security.issuer} (the {@code iss} every token must carry),
 * {@code platform.security.jwk-set-uri} (where this service fetches the issuer's public keys; differs from the issuer
 * when services reach identity-service by another name than clients do, as in docker-compose) and
 * {@code platform.security.audience} (this service's name in {@code aud}; the application name by default).
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(String issuer, String jwkSetUri, String audience) {
}
