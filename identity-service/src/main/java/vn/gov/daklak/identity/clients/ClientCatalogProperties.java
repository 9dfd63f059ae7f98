package vn.gov.daklak.identity.clients;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.gov.daklak.platform.security.SubjectType;

/**
 * The standard channel applications, created at start-up when missing ({@code identity.clients.<client-id>.*}).
 * An application already registered is left as it is (an administrator may have revoked it). A confidential
 * application without a {@code secret} is not created.
 */
@ConfigurationProperties("identity")
record ClientCatalogProperties(Map<String, Seed> clients) {

    ClientCatalogProperties {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    record Seed(String name, ChannelKind channel, boolean confidential, String secret, Set<String> grantTypes,
                Set<String> redirectUris, Set<String> scopes, List<String> audiences, SubjectType signsIn,
                List<String> roles, @DefaultValue("60") int rateLimitPerMinute,
                @DefaultValue("10m") Duration accessTokenTtl, @DefaultValue("30d") Duration refreshTokenTtl) {

        @Override
        public String toString() {
            return "Seed[" + name + "]";
        }
    }
}
