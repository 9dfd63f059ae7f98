package vn.gov.daklak.identity.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code identity.issuer}: the public base URL of this service, e.g. {@code https://id.daklak.gov.vn}. It is the
 * {@code iss} of every token and the base of the discovery document; all instances must share it. Required.
 */
@ConfigurationProperties("identity")
record IssuerProperties(String issuer) {

    IssuerProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("identity.issuer is not set (the public base URL of identity-service)");
        }
        issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }
}
