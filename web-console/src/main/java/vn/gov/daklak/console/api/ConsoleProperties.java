package vn.gov.daklak.console.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the services are, which identity clients sign people in, and the optional links (see application.yml). */
@ConfigurationProperties("console")
public record ConsoleProperties(Services services, Clients clients, Kafka kafka, String issuer, Vneid vneid,
                                String grafanaUrl, String mapTileUrl) {

    public record Services(String feedback, String routing, String notification, String identity) {
    }

    public record Clients(String staff, String resident) {
    }

    public record Kafka(String brokers) {
    }

    /**
     * Residents' VNeID sign-in through identity-service's authorization endpoint (code + PKCE); {@code identityUrl}
     * is identity-service as the browser reaches it (the server-side URL when blank).
     */
    public record Vneid(boolean enabled, String identityUrl) {
    }
}
