package vn.gov.daklak.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

import vn.gov.daklak.feedback.report.ReportCondition;

/** The spec's defaults and limits for dates and searches, which an HTTP test cannot reach cheaply. */
class Open311ParametersTest {
    static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

    @Test
    void withoutDatesASearchCoversTheMostRecent90DaysAndAtMost1000Requests() {
        var search = Open311RequestSearch.of(new LinkedMultiValueMap<>(), NOW);
        assertThat(search.limit()).isEqualTo(1000);
        assertThat(((ReportCondition.All) search.condition()).conditions()).containsExactly(
                new ReportCondition.SubmittedFrom(NOW.minus(Duration.ofDays(90))),
                new ReportCondition.SubmittedUntil(NOW));
        assertThat(Open311Period.of("2026-01-01T00:00:00Z", null, NOW).end())
                .isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(Open311Period.of(null, "2026-01-01T00:00:00Z", NOW).start())
                .isEqualTo(Instant.parse("2025-10-03T00:00:00Z"));
    }

    @Test
    void datesAreW3cDateTimesInAnyOffsetAndRangesLongerThan90DaysAreRefused() {
        assertThat(Open311Period.parse("start_date", "2026-03-02T10:00:00+07:00")).isEqualTo(NOW);
        assertThat(Open311Period.parse("start_date", "2026-03-02T10:00:00 07:00")).as("'+' sent unencoded")
                .isEqualTo(NOW);
        assertThat(Open311Period.parse("start_date", "2026-03-02T03:00:00Z")).isEqualTo(NOW);
        assertThat(Open311Period.parse("start_date", "2026-03-02T10:00:00")).as("Vietnamese time").isEqualTo(NOW);
        assertThat(Open311Period.parse("start_date", "2026-03-02")).isEqualTo(Instant.parse("2026-03-01T17:00:00Z"));
        assertThatThrownBy(() -> Open311Period.parse("end_date", "yesterday")).isInstanceOf(Open311Exception.class)
                .hasMessageContaining("end_date");
        assertThatThrownBy(() -> Open311Period.of("2026-01-01T00:00:00Z", "2026-04-02T00:00:00Z", NOW))
                .hasMessageContaining("90 days");
        assertThatThrownBy(() -> Open311Period.of("2026-02-01T00:00:00Z", "2026-01-01T00:00:00Z", NOW))
                .hasMessageContaining("before");
    }

    @Test
    void aTitleIsTheFirstLineOfTheDescriptionCutAtAWord() {
        assertThat(Open311Submission.title("Ổ gà lớn\nGiữa đường")).isEqualTo("Ổ gà lớn");
        String longLine = "Mặt đường ".repeat(20);
        assertThat(Open311Submission.title(longLine)).hasSizeLessThanOrEqualTo(Open311Submission.TITLE_LENGTH)
                .endsWith("đường…");
        assertThat(Open311Submission.communeNamedIn("Tổ dân phố 3, phường Ea Kao, Buôn Ma Thuột"))
                .hasValueSatisfying(c -> assertThat(c.code()).isEqualTo("24169"));
        assertThat(Open311Submission.communeNamedIn("Đường Lê Duẩn")).isEmpty();
    }
}
