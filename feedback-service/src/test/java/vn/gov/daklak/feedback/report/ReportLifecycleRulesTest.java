package vn.gov.daklak.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.daklak.contracts.report.ReportStatus.*;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.contracts.report.ReportStatusChanged;

/** Every transition of the lifecycle, legal and illegal, as the resident and the team would meet them. */
class ReportLifecycleRulesTest {
    static final Instant T0 = ReportTest.T0;

    /** The lifecycle as the issue describes it, written out independently of {@link StatusTransitions}. */
    static final Map<ReportStatus, Set<ReportStatus>> EXPECTED = Map.ofEntries(
            Map.entry(SUBMITTED, EnumSet.of(ROUTED, WITHDRAWN, REJECTED)),
            Map.entry(ROUTED, EnumSet.of(ROUTED, ACKNOWLEDGED, TRANSFERRED, REJECTED, DUPLICATE, WITHDRAWN)),
            Map.entry(ACKNOWLEDGED, EnumSet.of(IN_PROGRESS, NEED_INFO, RESOLVED, TRANSFERRED, REJECTED, DUPLICATE)),
            Map.entry(IN_PROGRESS, EnumSet.of(NEED_INFO, RESOLVED, TRANSFERRED, REJECTED, DUPLICATE)),
            Map.entry(NEED_INFO, EnumSet.of(IN_PROGRESS, REJECTED)),
            Map.entry(TRANSFERRED, EnumSet.of(ROUTED)),
            Map.entry(RESOLVED, EnumSet.of(CLOSED, REOPENED)),
            Map.entry(REOPENED, EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, RESOLVED)),
            Map.entry(REJECTED, EnumSet.noneOf(ReportStatus.class)),
            Map.entry(DUPLICATE, EnumSet.noneOf(ReportStatus.class)),
            Map.entry(WITHDRAWN, EnumSet.noneOf(ReportStatus.class)),
            Map.entry(CLOSED, EnumSet.noneOf(ReportStatus.class)));

    @ParameterizedTest
    @EnumSource(ReportStatus.class)
    void fromEachStatusExactlyTheDocumentedTransitionsAreAllowed(ReportStatus from) {
        for (ReportStatus to : ReportStatus.values()) {
            Report report = reportIn(from);
            if (EXPECTED.get(from).contains(to)) {
                ReportStatusChanged changed = report.changeStatus(to, "staff-1", "TEAM_MEMBER", "x", T0);
                assertThat(changed.from()).isEqualTo(from);
                assertThat(report.status()).isEqualTo(to);
                assertThat(report.takeRaisedEvents()).last().isEqualTo(changed);
            } else {
                assertThatThrownBy(() -> report.changeStatus(to, "staff-1", "TEAM_MEMBER", "x", T0))
                        .as(from + " -> " + to).isInstanceOf(IllegalTransitionException.class);
                assertThat(report.status()).isEqualTo(from);
            }
        }
    }

    @Test
    void theTeamAsksAndTheResidentsAnswerReturnsTheReportToTheTeam() {
        Report report = reportIn(ACKNOWLEDGED);
        report.askResident("staff-1", "Xin cho biết số nhà cụ thể?", T0);
        assertThat(report.status()).isEqualTo(NEED_INFO);
        assertThat(report.pendingQuestion()).isEqualTo("Xin cho biết số nhà cụ thể?");

        report.answer("Số 12 Lê Duẩn", T0.plusSeconds(60));
        assertThat(report.status()).isEqualTo(IN_PROGRESS);
        assertThat(report.pendingQuestion()).isNull();
        assertThat(report.timeline()).last().extracting(TimelineEntry::note).asString().contains("Số 12 Lê Duẩn");
    }

    @Test
    void answeringWithoutAQuestionIsRefused() {
        Report report = reportIn(IN_PROGRESS);
        assertThatThrownBy(() -> report.answer("?", T0)).isInstanceOf(ReportRuleViolation.class);
    }

    @Test
    void aResolutionCanBeDisputedWithinSevenDaysAndGoesBackToTheSameTeam() {
        Report report = reportIn(IN_PROGRESS);
        report.resolve("staff-1", "Đã sửa", T0);
        report.reopen("Đèn vẫn chưa sáng", T0.plus(Duration.ofDays(6)));

        assertThat(report.status()).isEqualTo(REOPENED);
        assertThat(report.reopenCount()).isEqualTo(1);
        assertThat(report.assignment().teamId()).isEqualTo("66-24133-CDS");
    }

    @Test
    void aDisputeAfterSevenDaysIsRefused() {
        Report report = reportIn(IN_PROGRESS);
        report.resolve("staff-1", "Đã sửa", T0);
        assertThatThrownBy(() -> report.reopen("Muộn", T0.plus(Duration.ofDays(8))))
                .isInstanceOf(ReportRuleViolation.class);
        assertThat(report.status()).isEqualTo(RESOLVED);
    }

    @Test
    void anUndisputedResolutionClosesItselfAfterSevenDaysOnlyOnce() {
        Report report = reportIn(IN_PROGRESS);
        report.resolve("staff-1", "Đã sửa", T0);
        report.takeRaisedEvents();

        assertThat(report.closeIfUndisputed(T0.plus(Duration.ofDays(6)))).isFalse();
        assertThat(report.closeIfUndisputed(T0.plus(Duration.ofDays(7)))).isTrue();
        assertThat(report.status()).isEqualTo(CLOSED);
        assertThat(report.closeIfUndisputed(T0.plus(Duration.ofDays(8)))).isFalse();
        assertThat(report.takeRaisedEvents()).singleElement()
                .extracting(e -> ((ReportStatusChanged) e).actorId()).isEqualTo("system");
    }

    @Test
    void theResidentEditsOrWithdrawsOnlyBeforeTheTeamAcknowledges() {
        Report routed = reportIn(ROUTED);
        routed.edit("Đèn đường hỏng ở hẻm 12", null, T0);
        assertThat(routed.title()).isEqualTo("Đèn đường hỏng ở hẻm 12");
        routed.withdraw("Đã tự khắc phục", T0);
        assertThat(routed.status()).isEqualTo(WITHDRAWN);

        Report acknowledged = reportIn(ACKNOWLEDGED);
        assertThatThrownBy(() -> acknowledged.edit("x", null, T0)).isInstanceOf(ReportRuleViolation.class);
        assertThatThrownBy(() -> acknowledged.withdraw("x", T0)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void ratingNeedsAResolution() {
        assertThatThrownBy(() -> reportIn(IN_PROGRESS).rate(5, "Tốt", T0)).isInstanceOf(ReportRuleViolation.class);
        Report resolved = reportIn(RESOLVED);
        resolved.rate(4, "Xử lý nhanh", T0);
        assertThat(resolved.rating().score()).isEqualTo(4);
    }

    @Test
    void aDuplicateNamesTheReportItDuplicates() {
        Report report = reportIn(ROUTED);
        report.markDuplicateOf("r-0", "staff-1", T0);
        assertThat(report.status()).isEqualTo(DUPLICATE);
        assertThat(report.duplicateOf()).isEqualTo("r-0");
        assertThatThrownBy(() -> reportIn(ROUTED).markDuplicateOf("r-1", "staff-1", T0))
                .isInstanceOf(ReportRuleViolation.class);
    }

    @Test
    void internalNotesAndAssignmentsStayOffThePublicStatus() {
        Report report = reportIn(ACKNOWLEDGED);
        report.assignTo("can-bo-02", "to-truong", T0);
        report.addInternalNote("can-bo-02", "Cần xe cẩu", T0);
        assertThat(report.assigneeId()).isEqualTo("can-bo-02");
        assertThat(report.internalNotes()).singleElement().extracting(InternalNote::text).isEqualTo("Cần xe cẩu");
        assertThat(report.timeline()).noneMatch(e -> "Cần xe cẩu".equals(e.note()));
        assertThat(report.takeRaisedEvents()).isEmpty();
    }

    /** A report brought to {@code status} along a legal path. */
    static Report reportIn(ReportStatus status) {
        Report report = ReportTest.submitted();
        var path = switch (status) {
            case SUBMITTED -> new ReportStatus[] {};
            case ROUTED -> new ReportStatus[] {ROUTED};
            case ACKNOWLEDGED -> new ReportStatus[] {ROUTED, ACKNOWLEDGED};
            case IN_PROGRESS -> new ReportStatus[] {ROUTED, ACKNOWLEDGED, IN_PROGRESS};
            case NEED_INFO -> new ReportStatus[] {ROUTED, ACKNOWLEDGED, NEED_INFO};
            case RESOLVED -> new ReportStatus[] {ROUTED, ACKNOWLEDGED, RESOLVED};
            case REJECTED -> new ReportStatus[] {ROUTED, REJECTED};
            case TRANSFERRED -> new ReportStatus[] {ROUTED, TRANSFERRED};
            case REOPENED -> new ReportStatus[] {ROUTED, ACKNOWLEDGED, RESOLVED, REOPENED};
            case CLOSED -> new ReportStatus[] {ROUTED, ACKNOWLEDGED, RESOLVED, CLOSED};
            case DUPLICATE -> new ReportStatus[] {ROUTED, DUPLICATE};
            case WITHDRAWN -> new ReportStatus[] {WITHDRAWN};
        };
        for (ReportStatus next : path) {
            if (next == ROUTED) {
                report.assign(ReportTest.assignment(), "evt-" + next, T0);
            } else if (next == RESOLVED) {
                report.resolve("staff-1", "Đã xử lý", T0);
            } else {
                report.changeStatus(next, "staff-1", "TEAM_MEMBER", null, T0);
            }
        }
        report.takeRaisedEvents();
        return report;
    }
}
