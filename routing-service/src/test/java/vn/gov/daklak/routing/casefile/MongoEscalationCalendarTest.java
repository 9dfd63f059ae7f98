package vn.gov.daklak.routing.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;

import vn.gov.daklak.routing.casefile.MongoEscalationCalendar.Entry;
import vn.gov.daklak.routing.support.RoutingServiceIntegrationTest;

/**
 * The escalation calendar on the MongoDB endpoint of the tests, every read checked by the keyed-access guard: it finds
 * what is due by key only, also what was filed for long ago or by a filer whose clock lags, and across a gap of days.
 * Each test has a database of its own, so the calendar's cursor starts fresh.
 */
class MongoEscalationCalendarTest extends RoutingServiceIntegrationTest {
    static final Instant T0 = Instant.parse("2026-12-02T03:00:00Z");

    @Autowired
    MongoClient client;

    private MongoEscalationCalendar calendar;

    @BeforeEach
    void freshDatabase() {
        calendar = new MongoEscalationCalendar(new MongoTemplate(client, "calendar-" + UUID.randomUUID()));
    }

    @Test
    void entriesComeDueAtTheirTimeEarliestFirst() {
        calendar.file("r-late", T0.plus(Duration.ofHours(2)), T0);
        calendar.file("r-early", T0.plus(Duration.ofHours(1)), T0);

        assertThat(calendar.dueBy(T0)).isEmpty();
        assertThat(reportIds(calendar.dueBy(T0.plus(Duration.ofMinutes(59))))).isEmpty();
        assertThat(calendar.dueBy(T0.plus(Duration.ofHours(1))))
                .containsExactly(new Entry("r-early", T0.plus(Duration.ofHours(1))));
        assertThat(reportIds(calendar.dueBy(T0.plus(Duration.ofHours(3))))).containsExactly("r-early", "r-late");

        calendar.remove("r-early", T0.plus(Duration.ofHours(1)));
        assertThat(reportIds(calendar.dueBy(T0.plus(Duration.ofHours(3))))).containsExactly("r-late");
    }

    @Test
    void anEntryFiledForLongAgoIsFoundAfterTheCursorMovedOn() {
        assertThat(calendar.dueBy(T0)).isEmpty(); // the cursor is now an hour before T0
        calendar.file("r-old", T0.minus(Duration.ofDays(3)), T0);

        assertThat(reportIds(calendar.dueBy(T0))).containsExactly("r-old");
        calendar.remove("r-old", T0.minus(Duration.ofDays(3)));
        assertThat(calendar.dueBy(T0)).isEmpty();
    }

    @Test
    void anEntryFiledByAFilerWhoseClockLagsIsNotMissed() {
        assertThat(calendar.dueBy(T0.plus(Duration.ofHours(2)))).isEmpty(); // cursor: T0 + 1 h
        // another instance, 25 minutes behind, files "now" by its clock: before the cursor, within the last hour
        calendar.file("r-lagging", T0.plus(Duration.ofMinutes(100)), T0.plus(Duration.ofMinutes(125)));

        assertThat(reportIds(calendar.dueBy(T0.plus(Duration.ofHours(2))))).containsExactly("r-lagging");
    }

    @Test
    void aWholeNightSharingOneDeadlineIsFoundAcrossTheShards() {
        Instant sevenThirty = Instant.parse("2026-12-03T00:30:00Z");
        List<String> night = IntStream.range(0, 50).mapToObj(i -> "r-night-" + i).toList();
        night.forEach(id -> calendar.file(id, sevenThirty, T0));

        assertThat(reportIds(calendar.dueBy(sevenThirty))).containsExactlyInAnyOrderElementsOf(night);
    }

    @Test
    void aScanAfterDaysWithoutOneFindsWhatCameDueMeanwhile() {
        assertThat(calendar.dueBy(T0)).isEmpty();
        calendar.file("r-weekend", T0.plus(Duration.ofDays(2)), T0);

        assertThat(reportIds(calendar.dueBy(T0.plus(Duration.ofDays(3))))).containsExactly("r-weekend");
    }

    private static List<String> reportIds(List<Entry> entries) {
        return entries.stream().map(Entry::reportId).toList();
    }
}
