package vn.gov.daklak.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

    @Test
    void nationalDayAndNewYearAreDaysOff() {
        assertThat(PublicHolidays.isDayOff(LocalDate.of(2026, 9, 2))).isTrue();
        assertThat(PublicHolidays.isDayOff(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(PublicHolidays.holiday(LocalDate.of(2026, 9, 2)).orElseThrow().holidayKey()).isEqualTo("quoc_khanh");
        assertThat(PublicHolidays.holiday(LocalDate.of(2026, 1, 1)).orElseThrow().provisional()).isFalse();
    }

    @Test
    void normalWednesdayIsAWorkingDay() {
        LocalDate wed = LocalDate.of(2026, 3, 11);
        assertThat(wed.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.WEDNESDAY);
        assertThat(PublicHolidays.isDayOff(wed)).isFalse();
        assertThat(PublicHolidays.isWorkingDay(wed)).isTrue();
        assertThat(PublicHolidays.isDayOff(LocalDate.of(2026, 3, 14))).isTrue(); // ordinary Saturday
    }

    @Test
    void swapsAndMakeUpSaturdays() {
        // 2026: Fri 02/01 swapped for Sat 10/01; Mon 31/08 swapped for Sat 22/08
        assertThat(PublicHolidays.isDayOff(LocalDate.of(2026, 1, 2))).isTrue();
        assertThat(PublicHolidays.isDayOff(LocalDate.of(2026, 1, 10))).isFalse();
        assertThat(PublicHolidays.isMakeUpWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(PublicHolidays.isDayOff(LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(PublicHolidays.isDayOff(LocalDate.of(2026, 8, 22))).isFalse();
        assertThat(PublicHolidays.makeUpWorkingDays(2026)).extracting(MakeUpWorkingDay::date)
                .containsExactly(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 8, 22));
        // compensatory Monday after Giỗ Tổ on a Sunday
        assertThat(PublicHolidays.isDayOff(LocalDate.of(2026, 4, 27))).isTrue();
    }

    @Test
    void yearListsAndProvisionalFlags() {
        assertThat(PublicHolidays.coveredYears()).containsExactly(2025, 2026, 2027, 2028, 2029, 2030);
        assertThat(PublicHolidays.inYear(2026)).hasSize(14).noneMatch(Holiday::provisional);
        assertThat(PublicHolidays.isOfficialSchedule(2026)).isTrue();
        assertThat(PublicHolidays.isOfficialSchedule(2027)).isFalse();
        assertThat(PublicHolidays.inYear(2027)).anyMatch(Holiday::provisional);
        assertThat(PublicHolidays.holiday(LocalDate.of(2027, 2, 8)).orElseThrow().provisional()).isTrue();
        assertThat(PublicHolidays.holiday(LocalDate.of(2027, 9, 2)).orElseThrow().provisional()).isFalse();
        assertThat(PublicHolidays.inYear(2024)).isEmpty();
        assertThat(PublicHolidays.covers(2031)).isFalse();
        // Vietnam Culture Day (24/11) is proposed, not in force
        assertThat(PublicHolidays.isDayOff(LocalDate.of(2026, 11, 24))).isFalse();
        // Each year lists the 11 statutory days (some of them fall on weekends)
        for (int y = 2025; y <= 2030; y++) {
            assertThat(PublicHolidays.inYear(y).stream()
                    .filter(h -> !h.holidayKey().equals("hoan_doi") && !h.holidayKey().equals("nghi_bu")))
                    .as("statutory days %d", y).hasSize(11);
        }
    }

    @Test
    void addWorkingDaysSkipsTet() {
        // Fri 13/02/2026 + 1 WD: Tết break 14–22/02 → Mon 23/02
        assertThat(PublicHolidays.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(PublicHolidays.addWorkingDays(LocalDate.of(2026, 3, 11), 0)).isEqualTo(LocalDate.of(2026, 3, 11));
        // Fri 09/01/2026 + 1 WD → make-up Saturday 10/01
        assertThat(PublicHolidays.addWorkingDays(LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThatThrownBy(() -> PublicHolidays.addWorkingDays(LocalDate.of(2026, 1, 9), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
