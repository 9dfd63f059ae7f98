package vn.gov.daklak.routing.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code routing.working-hours.*}: the zone and daily periods of office hours, and corrections to the holiday
 * calendar of reference-data that cannot wait for its next release (a Tết range announced late, a provincial day
 * off, an extra make-up working day).
 */
@ConfigurationProperties("routing.working-hours")
public record WorkingHoursProperties(ZoneId zone, List<String> periods, List<LocalDate> extraDaysOff,
                                     List<LocalDate> extraWorkingDays) {

    public WorkingHoursProperties {
        extraDaysOff = extraDaysOff == null ? List.of() : List.copyOf(extraDaysOff);
        extraWorkingDays = extraWorkingDays == null ? List.of() : List.copyOf(extraWorkingDays);
    }
}
