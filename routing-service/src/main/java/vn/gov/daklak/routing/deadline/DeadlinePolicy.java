package vn.gov.daklak.routing.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.gov.daklak.contracts.report.Priority;

/**
 * Acknowledgement and resolution deadlines per category and priority. Counted in working hours of the
 * {@link WorkingCalendar}, except for the priorities that count clock hours (urgent reports: danger does not wait
 * for Monday). Also fixes when a still-unresolved report goes to the province operations centre.
 */
public final class DeadlinePolicy {

    /** How a report's deadlines are counted. */
    public enum Basis { WORKING_HOURS, CLOCK_HOURS }

    /** How long a team has to acknowledge and to resolve a report. */
    public record Target(Duration acknowledge, Duration resolve) {
        public Target {
            Objects.requireNonNull(acknowledge, "acknowledge");
            Objects.requireNonNull(resolve, "resolve");
            if (acknowledge.isNegative() || resolve.compareTo(acknowledge) < 0) {
                throw new IllegalArgumentException("need 0 <= acknowledge <= resolve, got " + acknowledge + ", "
                        + resolve);
            }
        }
    }

    /**
     * @param provinceEscalationBy when a report still not resolved goes up to the province operations centre
     * @param rule                 which configured target applied, e.g. {@code DAT_DAI/NORMAL} or
     *                             {@code default/URGENT}
     */
    public record Deadlines(Instant startedAt, Instant acknowledgeBy, Instant resolveBy, Instant provinceEscalationBy,
                            Basis basis, String rule) {
    }

    private final WorkingCalendar calendar;
    private final Map<Priority, Target> defaults;
    private final Map<String, Map<Priority, Target>> byCategory;
    private final Set<Priority> clockHourPriorities;
    private final Duration provinceAfterWorkingHours;
    private final Duration provinceAfterClockHours;

    public DeadlinePolicy(WorkingCalendar calendar, Map<Priority, Target> defaults,
                          Map<String, Map<Priority, Target>> byCategory, Set<Priority> clockHourPriorities,
                          Duration provinceAfterWorkingHours, Duration provinceAfterClockHours) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.defaults = Map.copyOf(defaults);
        this.byCategory = byCategory == null ? Map.of() : Map.copyOf(byCategory);
        this.clockHourPriorities = clockHourPriorities == null || clockHourPriorities.isEmpty()
                ? EnumSet.noneOf(Priority.class) : EnumSet.copyOf(clockHourPriorities);
        this.provinceAfterWorkingHours = Objects.requireNonNull(provinceAfterWorkingHours, "provinceAfterWorkingHours");
        this.provinceAfterClockHours = Objects.requireNonNull(provinceAfterClockHours, "provinceAfterClockHours");
        if (!this.defaults.containsKey(Priority.NORMAL)) {
            throw new IllegalArgumentException("routing.deadlines.defaults needs a NORMAL target");
        }
    }

    /** Deadlines of a report routed at {@code at}; a category or priority without its own target uses NORMAL's. */
    public Deadlines start(Instant at, String categoryCode, Priority priority) {
        Priority p = priority == null ? Priority.NORMAL : priority;
        String rule = "default/" + p;
        Target target = null;
        for (String key : categoryKeys(categoryCode)) {
            Map<Priority, Target> targets = byCategory.get(key);
            if (targets != null && targets.containsKey(p)) {
                target = targets.get(p);
                rule = key + "/" + p;
                break;
            }
        }
        if (target == null) {
            target = defaults.get(p);
        }
        if (target == null) {
            target = defaults.get(Priority.NORMAL);
            rule = "default/" + Priority.NORMAL;
        }
        if (clockHourPriorities.contains(p)) {
            Instant resolveBy = at.plus(target.resolve());
            return new Deadlines(at, at.plus(target.acknowledge()), resolveBy, resolveBy.plus(provinceAfterClockHours),
                    Basis.CLOCK_HOURS, rule);
        }
        Instant resolveBy = calendar.plusWorkingTime(at, target.resolve());
        return new Deadlines(at, calendar.plusWorkingTime(at, target.acknowledge()), resolveBy,
                calendar.plusWorkingTime(resolveBy, provinceAfterWorkingHours), Basis.WORKING_HOURS, rule);
    }

    private static List<String> categoryKeys(String categoryCode) {
        if (categoryCode == null || categoryCode.isBlank()) {
            return List.of();
        }
        String code = categoryCode.strip();
        int dot = code.indexOf('.');
        return dot < 0 ? List.of(code) : List.of(code, code.substring(0, dot));
    }
}
