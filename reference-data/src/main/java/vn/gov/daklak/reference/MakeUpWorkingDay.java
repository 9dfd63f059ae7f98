package vn.gov.daklak.reference;

import java.time.LocalDate;
import java.util.Objects;

/** A Saturday that is a working day for state agencies because a weekday was swapped into a holiday bridge. */
public record MakeUpWorkingDay(LocalDate date, String nameVi, String nameEn, String source) {

    public MakeUpWorkingDay {
        Objects.requireNonNull(date, "date");
    }
}
