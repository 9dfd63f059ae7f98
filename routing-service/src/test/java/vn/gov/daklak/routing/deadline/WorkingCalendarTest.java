package vn.gov.daklak.routing.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.reference.PublicHolidays;

/** Working hours of state agencies: Mon–Fri 07:00–11:30 and 13:30–17:00 Asia/Ho_Chi_Minh, minus days off. */
class WorkingCalendarTest {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    final WorkingCalendar calendar = WorkingCalendar.stateAgencies();

    @Test
    void withinOneMorning() {
        assertThat(plus("2026-03-02T08:00", 2)).isEqualTo(at("2026-03-02T10:00")); // Monday
    }

    @Test
    void lunchBreakDoesNotCount() {
        assertThat(plus("2026-03-02T11:00", 1)).isEqualTo(at("2026-03-02T14:00"));
        // started during the break: counting begins at 13:30
        assertThat(plus("2026-03-02T12:15", 1)).isEqualTo(at("2026-03-02T14:30"));
    }

    @Test
    void aDeadlineThatUsesUpThePeriodEndsAtItsEnd() {
        assertThat(plus("2026-03-02T07:00", 4.5)).isEqualTo(at("2026-03-02T11:30"));
        assertThat(plus("2026-03-02T07:00", 8)).isEqualTo(at("2026-03-02T17:00"));
    }

    @Test
    void nightsAndWeekendsDoNotCount() {
        // Friday 16:00 + 8 working hours: 1 h on Friday, 4.5 h Monday morning, 2.5 h Monday afternoon
        assertThat(plus("2026-03-06T16:00", 8)).isEqualTo(at("2026-03-09T16:00"));
        // received on Saturday evening: Monday 07:00 is the start
        assertThat(plus("2026-03-07T20:00", 1)).isEqualTo(at("2026-03-09T08:00"));
        // before office hours
        assertThat(plus("2026-03-03T05:00", 0.5)).isEqualTo(at("2026-03-03T07:30"));
    }

    @Test
    void tetHolidaysDoNotCount() {
        // Tết Bính Ngọ 2026: days off Mon 16 – Fri 20 Feb (official schedule), so the week after Friday 13 Feb is lost
        assertThat(PublicHolidays.isDayOff(LocalDate.parse("2026-02-16"))).isTrue();
        assertThat(plus("2026-02-13T16:00", 8)).isEqualTo(at("2026-02-23T16:00"));
        // 3 working days from Thursday 12 Feb 10:00: 5 h Thursday, 8 h Friday, Tết week off, 8 h Monday 23,
        // 3 h on Tuesday 24 → 10:00
        assertThat(plus("2026-02-12T10:00", 24)).isEqualTo(at("2026-02-24T10:00"));
    }

    @Test
    void hungKingsCompensatoryDayDoesNotCount() {
        // Giỗ Tổ 10/3 âm lịch 2026 falls on Sunday 26 April; Monday 27 April is its compensatory day off
        assertThat(plus("2026-04-24T16:00", 2)).isEqualTo(at("2026-04-28T08:00"));
    }

    @Test
    void makeUpSaturdayIsAWorkingDay() {
        // Saturday 10 January 2026 is worked in exchange for Friday 2 January
        assertThat(plus("2026-01-09T16:00", 2)).isEqualTo(at("2026-01-10T08:00"));
        assertThat(plus("2026-01-01T09:00", 1)).isEqualTo(at("2026-01-05T08:00")); // 1 and 2 January are off
    }

    @Test
    void zeroIsTheStartAndNegativeIsRejected() {
        Instant start = at("2026-03-07T20:00");
        assertThat(calendar.plusWorkingTime(start, Duration.ZERO)).isEqualTo(start);
        assertThatThrownBy(() -> calendar.plusWorkingTime(start, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void configuredExtraDayOff() {
        LocalDate provincialDayOff = LocalDate.parse("2026-03-10");
        WorkingCalendar withDayOff = new WorkingCalendar(VN, List.of(WorkingCalendar.Period.parse("07:00-11:30"),
                WorkingCalendar.Period.parse("13:30-17:00")),
                d -> !d.equals(provincialDayOff) && PublicHolidays.isWorkingDay(d));
        assertThat(withDayOff.plusWorkingTime(at("2026-03-09T16:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-03-11T08:00"));
        assertThat(withDayOff.workingDayLength()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void periodsMustBeOrderedAndValid() {
        assertThatThrownBy(() -> WorkingCalendar.Period.parse("11:30-07:00"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingCalendar(VN, List.of(WorkingCalendar.Period.parse("13:30-17:00"),
                WorkingCalendar.Period.parse("07:00-11:30")), d -> true)).isInstanceOf(IllegalArgumentException.class);
    }

    private Instant plus(String localStart, double hours) {
        return calendar.plusWorkingTime(at(localStart), Duration.ofMinutes(Math.round(hours * 60)));
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(VN).toInstant();
    }
}
