package vn.gov.daklak.feedback.tracking;

import java.util.Map;

import vn.gov.daklak.contracts.report.ReportStatus;

/** How a status reads to a resident, in Vietnamese. */
public final class StatusLabels {
    private static final Map<ReportStatus, String> VI = Map.ofEntries(
            Map.entry(ReportStatus.SUBMITTED, "Đã tiếp nhận"),
            Map.entry(ReportStatus.ROUTED, "Đã chuyển đơn vị xử lý"),
            Map.entry(ReportStatus.ACKNOWLEDGED, "Đơn vị đã nhận xử lý"),
            Map.entry(ReportStatus.IN_PROGRESS, "Đang xử lý"),
            Map.entry(ReportStatus.NEED_INFO, "Cần bổ sung thông tin"),
            Map.entry(ReportStatus.RESOLVED, "Đã xử lý xong"),
            Map.entry(ReportStatus.REJECTED, "Không thuộc thẩm quyền"),
            Map.entry(ReportStatus.TRANSFERRED, "Đang chuyển đơn vị khác"),
            Map.entry(ReportStatus.REOPENED, "Đã mở lại"),
            Map.entry(ReportStatus.CLOSED, "Đã đóng"),
            Map.entry(ReportStatus.DUPLICATE, "Trùng với phản ánh khác"),
            Map.entry(ReportStatus.WITHDRAWN, "Người dân đã rút phản ánh"));

    private StatusLabels() {
    }

    public static String vi(ReportStatus status) {
        return VI.get(status);
    }
}
