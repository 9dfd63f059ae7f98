package vn.gov.daklak.reference;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day off for state agencies (cán bộ, công chức, viên chức) listed in {@code vn_public_holidays.json}.
 * May fall on a weekend (e.g. Giỗ Tổ on a Sunday; the compensatory weekday is then a separate entry).
 *
 * @param date        the day
 * @param holidayKey  e.g. {@code tet_duong_lich}, {@code tet_am_lich}, {@code gio_to_hung_vuong},
 *                    {@code ngay_chien_thang}, {@code quoc_te_lao_dong}, {@code quoc_khanh}, {@code hoan_doi}
 *                    (swapped day), {@code nghi_bu} (compensatory day)
 * @param basis       {@code statutory}, {@code statutory_lunar_computed}, {@code statutory_days_fixed_by_decision},
 *                    {@code official_swap}, {@code compensatory_statutory} or {@code provisional_estimate}
 * @param provisional true when the date is not (yet) fixed by an official notice: either an estimate for an
 *                    undecided year ({@code basis = provisional_estimate}) or a compensatory day of an undecided
 *                    year; such dates must be re-checked against the Government's yearly notice
 * @param lunarDate   lunar date text for lunar holidays, else {@code null}
 */
public record Holiday(LocalDate date, String holidayKey, String nameVi, String nameEn, String basis,
                      boolean provisional, String lunarDate) {

    public Holiday {
        Objects.requireNonNull(date, "date");
    }
}
