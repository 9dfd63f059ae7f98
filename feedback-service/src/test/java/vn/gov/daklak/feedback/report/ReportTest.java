package vn.gov.daklak.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.Lane;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.contracts.report.ReporterContact;

class ReportTest {
    static final Instant T0 = Instant.parse("2026-11-28T02:00:00Z");

    static Report submitted() {
        return Report.accept(new ReportSubmitted("r-1", "DL-ABCDEFG", "DIEN", "Cột điện nghiêng", "Sắp đổ",
                new GeoPoint(12.67, 108.04), null, null, IntakeChannel.HOTLINE,
                new ReporterContact("Trần Thị B", "0987654321", null, null, Channel.SMS, "vi"), T0));
    }

    static Assignment assignment() {
        return new Assignment("24133", "Phường Buôn Ma Thuột", "66-24133-CDS", "Tổ công nghệ số cộng đồng",
                "COMMUNITY_DIGITAL", "POINT_IN_POLYGON", "default-commune-team", "Vị trí nằm trong phường",
                Priority.URGENT, T0.plusSeconds(3600), T0.plusSeconds(86_400));
    }

    @Test
    void aNewReportIsSubmittedWithOneTimelineEntry() {
        Report report = submitted();
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.timeline()).singleElement().extracting(TimelineEntry::kind)
                .isEqualTo(TimelineEntry.Kind.SUBMITTED);
    }

    @Test
    void aReportIsGivenItsLaneWhenFiledUrgentByItsWordsOrItsCategory() {
        assertThat(submitted().lane()).as("a leaning pole is not yet danger").isEqualTo(Lane.ORDINARY);
        assertThat(Report.accept(new ReportSubmitted("r-2", "DL-BCDEFGH", "DIEN", "Dây điện đứt",
                "Rơi xuống đường trước trường", null, null, null, IntakeChannel.WEB, null, T0)).lane())
                .isEqualTo(Lane.URGENT);
        assertThat(Report.accept(new ReportSubmitted("r-3", "DL-CDEFGHI", "BAO_VE_TRE_EM", "Trẻ bị bỏ rơi", "",
                null, null, null, IntakeChannel.WEB, null, T0)).lane()).isEqualTo(Lane.URGENT);
    }

    @Test
    void assignmentRoutesTheReportAndRemembersTheEvent() {
        Report report = submitted();
        var changed = report.assign(assignment(), "evt-1", T0.plusSeconds(5));

        assertThat(report.status()).isEqualTo(ReportStatus.ROUTED);
        assertThat(report.hasApplied("evt-1")).isTrue();
        assertThat(changed.from()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(changed.teamId()).isEqualTo("66-24133-CDS");
        assertThat(report.timeline()).last().extracting(TimelineEntry::kind).isEqualTo(TimelineEntry.Kind.ROUTED);
    }

    @Test
    void theHappyPathRunsToClosed() {
        Report report = submitted();
        report.assign(assignment(), "evt-1", T0);
        for (ReportStatus next : new ReportStatus[] {ReportStatus.ACKNOWLEDGED, ReportStatus.IN_PROGRESS,
                ReportStatus.RESOLVED, ReportStatus.CLOSED}) {
            var changed = report.changeStatus(next, "staff-1", "TEAM_MEMBER", null, T0);
            assertThat(changed.to()).isEqualTo(next);
        }
        assertThat(report.timeline()).hasSize(6);
    }

    @Test
    void anIllegalTransitionThrowsAndChangesNothing() {
        Report report = submitted();
        assertThatThrownBy(() -> report.changeStatus(ReportStatus.RESOLVED, "staff-1", "TEAM_MEMBER", "x", T0))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("SUBMITTED").hasMessageContaining("RESOLVED");
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.timeline()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = ReportStatus.class, names = {"CLOSED", "REJECTED", "DUPLICATE", "WITHDRAWN"})
    void finalStatusesAllowNothingFurther(ReportStatus terminal) {
        for (ReportStatus next : ReportStatus.values()) {
            assertThat(StatusTransitions.allowed(terminal, next)).as(terminal + " -> " + next).isFalse();
        }
    }
}
