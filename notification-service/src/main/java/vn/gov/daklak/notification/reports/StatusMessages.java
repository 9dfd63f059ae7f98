package vn.gov.daklak.notification.reports;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.notification.templates.TemplateKeys;

/**
 * Which status changes the resident is told about, and with which template. Internal steps (IN_PROGRESS) and the
 * ones the resident caused or already knows of (SUBMITTED, ROUTED: told by their own events; WITHDRAWN,
 * DUPLICATE) are not announced.
 */
final class StatusMessages {
    private static final Map<ReportStatus, String> TEMPLATES = new EnumMap<>(Map.of(
            ReportStatus.ACKNOWLEDGED, TemplateKeys.REPORT_ACKNOWLEDGED,
            ReportStatus.NEED_INFO, TemplateKeys.REPORT_NEED_INFO,
            ReportStatus.RESOLVED, TemplateKeys.REPORT_RESOLVED,
            ReportStatus.REJECTED, TemplateKeys.REPORT_REJECTED,
            ReportStatus.REOPENED, TemplateKeys.REPORT_REOPENED,
            ReportStatus.CLOSED, TemplateKeys.REPORT_CLOSED,
            ReportStatus.TRANSFERRED, TemplateKeys.REPORT_TRANSFERRED));

    private StatusMessages() {
    }

    static Optional<String> templateFor(ReportStatus status) {
        return Optional.ofNullable(status).map(TEMPLATES::get);
    }
}
