package vn.gov.daklak.routing.rules;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * {@code routing.rules.*}: the rule set stored as version 1 when the database has none, and how often an instance
 * looks for a newer version. Publishing needs a PROVINCE_ADMIN token ({@code security.SecurityConfiguration}).
 */
@ConfigurationProperties("routing.rules")
public record RulesProperties(Resource defaults, Duration refreshInterval) {
}
