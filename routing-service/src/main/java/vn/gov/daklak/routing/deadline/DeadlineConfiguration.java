package vn.gov.daklak.routing.deadline;

import java.util.HashSet;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.gov.daklak.reference.PublicHolidays;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DeadlineProperties.class, WorkingHoursProperties.class})
class DeadlineConfiguration {

    @Bean
    WorkingCalendar workingCalendar(WorkingHoursProperties properties) {
        Set<java.time.LocalDate> off = new HashSet<>(properties.extraDaysOff());
        Set<java.time.LocalDate> on = new HashSet<>(properties.extraWorkingDays());
        return new WorkingCalendar(properties.zone(),
                properties.periods().stream().map(WorkingCalendar.Period::parse).toList(),
                date -> !off.contains(date) && (on.contains(date) || PublicHolidays.isWorkingDay(date)));
    }

    @Bean
    DeadlinePolicy deadlinePolicy(WorkingCalendar calendar, DeadlineProperties properties) {
        return new DeadlinePolicy(calendar, properties.defaults(), properties.categories(),
                properties.clockHourPriorities(), properties.provinceEscalationAfter().workingHours(),
                properties.provinceEscalationAfter().clockHours());
    }
}
