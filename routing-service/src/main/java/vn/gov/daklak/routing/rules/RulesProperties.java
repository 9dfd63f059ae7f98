package vn.gov.daklak.routing.rules;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * {@code routing.rules.*}: the rule set stored as version 1 when the database has none, how often an instance looks
 * for a newer version, and the SHA-256 hashes (hex) of the API keys allowed to publish rules.
 */
@ConfigurationProperties("routing.rules")
public record RulesProperties(Resource defaults, Duration refreshInterval, List<String> adminApiKeySha256) {

    public RulesProperties {
        adminApiKeySha256 = adminApiKeySha256 == null ? List.of()
                : adminApiKeySha256.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
