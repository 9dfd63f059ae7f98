package vn.gov.daklak.routing.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.daklak.routing.deadline.WorkingCalendarTest.at;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.routing.deadline.DeadlinePolicy.Deadlines;
import vn.gov.daklak.routing.deadline.DeadlinePolicy.Target;

class DeadlinePolicyTest {
    final DeadlinePolicy policy = new DeadlinePolicy(WorkingCalendar.stateAgencies(),
            Map.of(Priority.URGENT, target(1, 24), Priority.NORMAL, target(8, 24)),
            Map.of("DAT_DAI", Map.of(Priority.NORMAL, target(8, 56)),
                    "HT_GIAO_THONG.CAU_CONG", Map.of(Priority.NORMAL, target(4, 16))),
            Set.of(Priority.URGENT), Duration.ofHours(16), Duration.ofHours(12));

    @Test
    void normalReportsCountWorkingHoursAcrossAWeekend() {
        Deadlines d = policy.start(at("2026-03-06T16:00"), "HT_GIAO_THONG", Priority.NORMAL); // a Friday
        assertThat(d.basis()).isEqualTo(DeadlinePolicy.Basis.WORKING_HOURS);
        assertThat(d.acknowledgeBy()).isEqualTo(at("2026-03-09T16:00"));
        assertThat(d.resolveBy()).isEqualTo(at("2026-03-11T16:00"));
        assertThat(d.provinceEscalationBy()).isEqualTo(at("2026-03-13T16:00"));
        assertThat(d.rule()).isEqualTo("default/NORMAL");
    }

    @Test
    void urgentReportsCountClockHoursEvenOverTet() {
        Deadlines d = policy.start(at("2026-02-16T22:00"), "THIEN_TAI_CUU_NAN", Priority.URGENT);
        assertThat(d.basis()).isEqualTo(DeadlinePolicy.Basis.CLOCK_HOURS);
        assertThat(d.acknowledgeBy()).isEqualTo(at("2026-02-16T23:00"));
        assertThat(d.resolveBy()).isEqualTo(at("2026-02-17T22:00"));
        assertThat(d.provinceEscalationBy()).isEqualTo(at("2026-02-18T10:00"));
    }

    @Test
    void categoryAndSubcategoryTargetsOverrideTheDefaults() {
        assertThat(policy.start(at("2026-03-02T07:00"), "DAT_DAI.TRANH_CHAP", Priority.NORMAL))
                .satisfies(d -> {
                    assertThat(d.resolveBy()).isEqualTo(at("2026-03-10T17:00")); // 7 working days
                    assertThat(d.rule()).isEqualTo("DAT_DAI/NORMAL");
                });
        assertThat(policy.start(at("2026-03-02T07:00"), "HT_GIAO_THONG.CAU_CONG", Priority.NORMAL).rule())
                .isEqualTo("HT_GIAO_THONG.CAU_CONG/NORMAL");
    }

    @Test
    void aPriorityWithoutTargetUsesNormal() {
        Deadlines d = policy.start(at("2026-03-02T07:00"), "KHAC", Priority.LOW);
        assertThat(d.acknowledgeBy()).isEqualTo(at("2026-03-02T17:00"));
        assertThat(d.rule()).isEqualTo("default/NORMAL");
    }

    private static Target target(long ackHours, long resolveHours) {
        return new Target(Duration.ofHours(ackHours), Duration.ofHours(resolveHours));
    }
}
