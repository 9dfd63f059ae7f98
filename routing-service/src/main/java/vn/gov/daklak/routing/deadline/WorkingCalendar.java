package vn.gov.daklak.routing.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import vn.gov.daklak.reference.PublicHolidays;

/**
 * Office hours of state agencies: working periods on working days in one time zone. Adds working time to an instant,
 * skipping nights, lunch breaks, weekends and days off, so "8 working hours" from Friday 16:00 ends on Monday.
 */
public final class WorkingCalendar {
    /** Far enough for any deadline; a bound that stops a misconfigured calendar (no working day) from looping. */
    private static final int MAX_DAYS = 3 * 366;

    /** One working period of a day, e.g. 07:00–11:30. */
    public record Period(LocalTime start, LocalTime end) {
        public Period {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("A working period must start before it ends: " + start + "-" + end);
            }
        }

        /** Parses {@code 07:00-11:30}. */
        public static Period parse(String text) {
            String[] parts = text.strip().split("\\s*[-–]\\s*");
            if (parts.length != 2) {
                throw new IllegalArgumentException("Working period must look like 07:00-11:30, got: " + text);
            }
            return new Period(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
        }

        Duration length() {
            return Duration.between(start, end);
        }
    }

    private final ZoneId zone;
    private final List<Period> periods;
    private final Predicate<LocalDate> workingDay;

    /**
     * @param periods    the working periods of a day, in order and not overlapping
     * @param workingDay whether a date is a working day (weekends, holidays and make-up Saturdays are its business)
     */
    public WorkingCalendar(ZoneId zone, List<Period> periods, Predicate<LocalDate> workingDay) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.periods = List.copyOf(periods);
        this.workingDay = Objects.requireNonNull(workingDay, "workingDay");
        if (this.periods.isEmpty()) {
            throw new IllegalArgumentException("A working calendar needs at least one working period");
        }
        for (int i = 1; i < this.periods.size(); i++) {
            if (this.periods.get(i).start().isBefore(this.periods.get(i - 1).end())) {
                throw new IllegalArgumentException("Working periods must be in order and not overlap: " + periods);
            }
        }
    }

    /**
     * Vietnamese state agencies: Monday–Friday 07:00–11:30 and 13:30–17:00 Asia/Ho_Chi_Minh, minus the days off of
     * {@link PublicHolidays} (weekends, Tết and the other holidays, swapped and compensatory days), plus its make-up
     * working Saturdays.
     */
    public static WorkingCalendar stateAgencies() {
        return new WorkingCalendar(ZoneId.of("Asia/Ho_Chi_Minh"),
                List.of(Period.parse("07:00-11:30"), Period.parse("13:30-17:00")), PublicHolidays::isWorkingDay);
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The instant {@code amount} of working time after {@code start}. Time before the first period, in a break or
     * on a day off does not count; a deadline that uses up a period exactly ends at that period's end (11:30, not
     * 13:30). A zero amount returns {@code start}.
     */
    public Instant plusWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Working time must not be negative: " + amount);
        }
        if (amount.isZero()) {
            return start;
        }
        LocalDateTime from = LocalDateTime.ofInstant(start, zone);
        LocalDate date = from.toLocalDate();
        LocalTime notBefore = from.toLocalTime();
        Duration remaining = amount;
        for (int day = 0; day < MAX_DAYS; day++, date = date.plusDays(1), notBefore = LocalTime.MIN) {
            if (!workingDay.test(date)) {
                continue;
            }
            for (Period period : periods) {
                LocalTime begin = notBefore.isAfter(period.start()) ? notBefore : period.start();
                if (!begin.isBefore(period.end())) {
                    continue;
                }
                Duration available = Duration.between(begin, period.end());
                if (remaining.compareTo(available) <= 0) {
                    return date.atTime(begin).plus(remaining).atZone(zone).toInstant();
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("No working time within " + MAX_DAYS + " days after " + start
                + ": check the working calendar");
    }

    /** Working time in one full working day (8 h for 07:00–11:30 and 13:30–17:00). */
    public Duration workingDayLength() {
        return periods.stream().map(Period::length).reduce(Duration.ZERO, Duration::plus);
    }
}
