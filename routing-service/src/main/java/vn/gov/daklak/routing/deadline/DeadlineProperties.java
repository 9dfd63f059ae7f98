package vn.gov.daklak.routing.deadline;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.gov.daklak.contracts.report.Priority;

/**
 * {@code routing.deadlines.*}: targets per priority ({@code defaults}) and per category code ({@code categories},
 * a subcategory code in brackets overrides its category), the priorities counted in clock hours, and how long after
 * the resolution deadline a report still open goes to the province operations centre.
 */
@ConfigurationProperties("routing.deadlines")
public record DeadlineProperties(Set<Priority> clockHourPriorities, Map<Priority, DeadlinePolicy.Target> defaults,
                                 Map<String, Map<Priority, DeadlinePolicy.Target>> categories,
                                 ProvinceEscalation provinceEscalationAfter) {

    /** After the resolution deadline: working hours for reports counted in working hours, else clock hours. */
    public record ProvinceEscalation(Duration workingHours, Duration clockHours) {
    }
}
