package vn.gov.daklak.feedback.transparency;

import vn.gov.daklak.feedback.report.PublicText;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.contracts.report.ReporterContact;
import vn.gov.daklak.feedback.report.Report;

/** The rules that decide what the public sees, without Spring. */
class PublicDisclosureTest {
    static final ReporterContact REPORTER = new ReporterContact("Lê Thị Hồng Nhung", "0905123456",
            "nhung.le@example.vn", "zalo-77", Channel.SMS, "vi");

    @Test
    void freeTextLosesPhonesIdNumbersEmailsLinksAndTheReportersName() {
        String text = PublicText.of("Gọi chị LÊ THỊ HỒNG NHUNG hoặc Nhung: 0905 123 456, +84 905.123.456, "
                + "CCCD 066190001234, nhung.le@example.vn, https://x.vn/a.jpg. Hố sâu 1,5 m, phí 250.000 đồng, "
                + "ngày 12.05.2026; Nhungx", REPORTER);

        assertThat(text).doesNotContain("NHUNG", "Nhung:", "0905", "905.123.456", "066190001234", "example.vn",
                "https://");
        assertThat(text).contains("Gọi chị [đã ẩn] hoặc [đã ẩn]: [đã ẩn], [đã ẩn], CCCD [đã ẩn]")
                .contains("1,5 m", "250.000 đồng", "12.05.2026", "Nhungx");
        assertThat(PublicText.of("Số điện thoại 0912345678", null)).isEqualTo("Số điện thoại [đã ẩn]");
        var hoa = new ReporterContact("Trần Thị Hoa", null, null, null, null, "vi");
        assertThat(PublicText.of("Cây hoa trước nhà cô Hoa bị đổ", hoa))
                .isEqualTo("Cây hoa trước nhà cô [đã ẩn] bị đổ");
    }

    @Test
    void locationsAreRoundedToAboutAHundredMetres() {
        assertThat(PublicPlace.round(new GeoPoint(12.6675499, 108.0378501))).isEqualTo(new GeoPoint(12.668, 108.038));
        assertThat(PublicPlace.round(null)).isNull();
    }

    @Test
    void sensitiveAndRestrictedCategoriesAreNeverListedAndSummaryOnlyOnesOnlyCounted() {
        assertThat(PublicCategories.listedCodes()).hasSize(25).contains("HT_GIAO_THONG", "CHAY_NO")
                .doesNotContain("AN_NINH_TRAT_TU", "BAO_LUC_GIA_DINH", "BAO_VE_TRE_EM", "CONG_VU_CONG_CHUC",
                        "KHIEU_NAI_TO_CAO", "AN_SINH_XA_HOI");
        assertThat(PublicCategories.countedCodes()).hasSize(26).contains("AN_SINH_XA_HOI")
                .doesNotContain("BAO_LUC_GIA_DINH");
    }

    @Test
    void everyStatusReadsAsOpenOrClosedWithALabelAndAnUpdateStatus() {
        assertThat(Arrays.stream(ReportStatus.values()).map(PublicStatus::of)).allSatisfy(status -> {
            assertThat(status.label()).isNotBlank();
            assertThat(status.update()).matches("[A-Z_]+");
        });
        assertThat(PublicStatus.where(false)).containsExactlyInAnyOrder(ReportStatus.RESOLVED, ReportStatus.CLOSED,
                ReportStatus.REJECTED, ReportStatus.DUPLICATE, ReportStatus.WITHDRAWN);
    }

    @Test
    void theHistoryShowsStatusChangesWithoutActorsOrTheResidentsOwnWords() {
        Instant t = Instant.parse("2026-03-02T02:00:00Z");
        Report report = Report.accept(new ReportSubmitted("r-1", "DL-2345678", "CHIEU_SANG_CAY_XANH", "Đèn hỏng",
                "Đèn hỏng", new GeoPoint(12.7, 108.0), "24133", null, IntakeChannel.ZALO, REPORTER, t));
        report.changeStatus(ReportStatus.ROUTED, "routing-service", "SYSTEM", "Giao Tổ CNS", t.plusSeconds(60));
        report.changeStatus(ReportStatus.ACKNOWLEDGED, "staff-9", "TEAM_MEMBER", null, t.plusSeconds(120));
        report.askResident("staff-9", "Gọi 0905123456 được không?", t.plusSeconds(180));
        report.answer("Được, tôi là Nhung", t.plusSeconds(240));
        report.recordNotification(true, "Đã gửi SMS tới 0905123456", "event-1", t.plusSeconds(250));
        report.assignTo("staff-10", "staff-9", t.plusSeconds(260));
        report.resolve("staff-10", "Đã sửa, đã báo chị Nhung", t.plusSeconds(300));

        var history = PublicHistory.of(report);

        assertThat(history).extracting(PublicHistory.Update::status).containsExactly(ReportStatus.SUBMITTED,
                ReportStatus.ROUTED, ReportStatus.ACKNOWLEDGED, ReportStatus.NEED_INFO, ReportStatus.IN_PROGRESS,
                ReportStatus.RESOLVED);
        assertThat(history).extracting(PublicHistory.Update::note).containsExactly("Đã tiếp nhận", "Giao Tổ CNS",
                "Đơn vị đã nhận xử lý", "Gọi [đã ẩn] được không?", "Đang xử lý", "Đã sửa, đã báo chị [đã ẩn]");
        assertThat(PublicHistory.currentNote(report)).isEqualTo("Đã sửa, đã báo chị [đã ẩn]");
    }
}
