package vn.gov.daklak.reference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * Days off of Vietnamese state agencies, from {@code reference/holidays/vn_public_holidays.json} (2025–2030).
 *
 * <p>A day is off when it is a Saturday or Sunday that is not a make-up working Saturday, or a listed holiday
 * (statutory, swapped, compensatory or estimated). 2025 and 2026 follow the published official schedules;
 * 2027–2030 contain statutory/computed dates plus {@linkplain Holiday#provisional() provisional} estimates.
 * Outside the covered years only weekends are days off: check {@link #covers(int)} before relying on a far date.
 * Ngày Văn hóa Việt Nam (24/11) is proposed but not in force, so it is NOT a day off here.
 *
 * <p>Loaded once, lazily, thread-safe; all results immutable.
 */
public final class PublicHolidays {

    private PublicHolidays() {
    }

    /** True if state agencies do not work on this day (weekend or holiday, minus make-up working Saturdays). */
    public static boolean isDayOff(LocalDate date) {
        Data d = Data.INSTANCE;
        if (d.makeUp.containsKey(date)) {
            return false;
        }
        if (d.holidays.containsKey(date)) {
            return true;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /** Negation of {@link #isDayOff(LocalDate)}. */
    public static boolean isWorkingDay(LocalDate date) {
        return !isDayOff(date);
    }

    /** The listed holiday on this date, if any (weekends without a holiday are not listed). */
    public static Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(Data.INSTANCE.holidays.get(date));
    }

    /** The listed days off of one year, in date order; empty for a year outside {@link #coveredYears()}. */
    public static List<Holiday> inYear(int year) {
        return Data.INSTANCE.byYear.getOrDefault(year, List.of());
    }

    /** Saturdays of one year that are working days (official swaps); empty if none or not covered. */
    public static List<MakeUpWorkingDay> makeUpWorkingDays(int year) {
        return Data.INSTANCE.makeUpByYear.getOrDefault(year, List.of());
    }

    /** True if this date is a make-up working Saturday. */
    public static boolean isMakeUpWorkingDay(LocalDate date) {
        return Data.INSTANCE.makeUp.containsKey(date);
    }

    /** Years present in the file (2025–2030). */
    public static Set<Integer> coveredYears() {
        return Data.INSTANCE.byYear.keySet();
    }

    /** True if the file has a holiday list for this year. */
    public static boolean covers(int year) {
        return Data.INSTANCE.byYear.containsKey(year);
    }

    /** True if the year's schedule was officially published (2025, 2026); false for estimated or uncovered years. */
    public static boolean isOfficialSchedule(int year) {
        return "official_schedule_published".equals(Data.INSTANCE.status.get(year));
    }

    /**
     * The date {@code workingDays} working days after {@code start} ({@code start} itself is not counted; 0 returns
     * {@code start}). E.g. a 3-working-day deadline for a report received on a Friday before a holiday Monday.
     */
    public static LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must be >= 0: " + workingDays);
        }
        LocalDate d = start;
        int left = workingDays;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    private static final class Data {
        static final Data INSTANCE = new Data();

        final Map<LocalDate, Holiday> holidays;
        final Map<Integer, List<Holiday>> byYear;
        final Map<LocalDate, MakeUpWorkingDay> makeUp;
        final Map<Integer, List<MakeUpWorkingDay>> makeUpByYear;
        final Map<Integer, String> status;

        private Data() {
            JsonNode root = ReferenceData.readJson(ReferenceData.PUBLIC_HOLIDAYS_JSON);
            Map<LocalDate, Holiday> all = new TreeMap<>();
            Map<Integer, List<Holiday>> years = new TreeMap<>();
            Map<LocalDate, MakeUpWorkingDay> mk = new TreeMap<>();
            Map<Integer, List<MakeUpWorkingDay>> mkYears = new TreeMap<>();
            Map<Integer, String> st = new TreeMap<>();
            JsonNode yearsNode = root.get("years");
            if (yearsNode == null || !yearsNode.isObject()) {
                throw new IllegalStateException("No 'years' object in " + ReferenceData.PUBLIC_HOLIDAYS_JSON);
            }
            for (Map.Entry<String, JsonNode> y : yearsNode.properties()) {
                int year = Integer.parseInt(y.getKey());
                JsonNode yn = y.getValue();
                st.put(year, Json.text(yn, "status"));
                List<Holiday> list = new ArrayList<>();
                for (JsonNode h : Json.array(yn, "days_off")) {
                    String basis = Json.text(h, "basis");
                    Holiday hol = new Holiday(LocalDate.parse(Json.requiredText(h, "date")),
                            Json.text(h, "holiday_key"), Json.text(h, "name_vi"), Json.text(h, "name_en"), basis,
                            Json.bool(h, "provisional", false) || "provisional_estimate".equals(basis),
                            Json.text(h, "lunar_date"));
                    if (hol.date().getYear() != year) {
                        throw new IllegalStateException("Holiday " + hol.date() + " listed under year " + year);
                    }
                    if (all.put(hol.date(), hol) != null) {
                        throw new IllegalStateException("Duplicate holiday date " + hol.date());
                    }
                    list.add(hol);
                }
                list.sort((a, b) -> a.date().compareTo(b.date()));
                years.put(year, List.copyOf(list));
                List<MakeUpWorkingDay> mkList = new ArrayList<>();
                for (JsonNode m : Json.array(yn, "make_up_working_days")) {
                    MakeUpWorkingDay day = new MakeUpWorkingDay(LocalDate.parse(Json.requiredText(m, "date")),
                            Json.text(m, "name_vi"), Json.text(m, "name_en"), Json.text(m, "source"));
                    mk.put(day.date(), day);
                    mkList.add(day);
                }
                mkYears.put(year, List.copyOf(mkList));
            }
            this.holidays = Collections.unmodifiableMap(all);
            this.byYear = Collections.unmodifiableMap(years);
            this.makeUp = Collections.unmodifiableMap(mk);
            this.makeUpByYear = Collections.unmodifiableMap(mkYears);
            this.status = Collections.unmodifiableMap(st);
        }
    }
}
