package vn.gov.daklak.routing.decision;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.gov.daklak.routing.address.AddressResolver;
import vn.gov.daklak.routing.deadline.DeadlinePolicy;
import vn.gov.daklak.routing.rules.RuleBook;
import vn.gov.daklak.routing.teams.TeamDirectory;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DecisionConfiguration.PriorityProperties.class)
class DecisionConfiguration {

    /** {@code routing.priority.danger-keywords}: phrases this deployment adds to reference-data's danger keywords. */
    @ConfigurationProperties("routing.priority")
    record PriorityProperties(List<String> dangerKeywords) {
    }

    @Bean
    AddressResolver addressResolver() {
        return new AddressResolver();
    }

    @Bean
    RoutingDecider routingDecider(CommuneLocator locator, AddressResolver addresses, TeamDirectory directory,
                                  RuleBook rules, DeadlinePolicy deadlines, PriorityProperties priority, Clock clock) {
        return new RoutingDecider(locator, addresses, directory, rules, deadlines, priority.dangerKeywords(), clock);
    }
}
