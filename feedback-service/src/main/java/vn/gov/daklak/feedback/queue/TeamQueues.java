package vn.gov.daklak.feedback.queue;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.Reports;

/**
 * A team's work list: its reports, most urgent deadline first. Sorted, filtered and counted on the team's
 * {@link TeamQueueIndex}; only the page's reports are read, by id, and shown as they are now.
 */
@Service
class TeamQueues {
    /** What a team still has to act on, unless the caller filters by status. */
    static final Set<ReportStatus> ACTIONABLE = EnumSet.of(ReportStatus.ROUTED, ReportStatus.ACKNOWLEDGED,
            ReportStatus.IN_PROGRESS, ReportStatus.NEED_INFO, ReportStatus.REOPENED);
    static final int MAX_PAGE_SIZE = 100;

    private final TeamQueueIndex index;
    private final Reports reports;
    private final Clock clock;

    TeamQueues(TeamQueueIndex index, Reports reports, Clock clock) {
        this.index = index;
        this.reports = reports;
        this.clock = clock;
    }

    record QueuePage(List<QueueItem> items, int page, int size, long totalItems, int totalPages) {
    }

    QueuePage page(String teamId, Set<ReportStatus> statuses, String categoryCode, int page, int size) {
        Set<ReportStatus> wanted = statuses == null || statuses.isEmpty() ? ACTIONABLE : statuses;
        String category = categoryCode == null || categoryCode.isBlank() ? null : categoryCode.strip();
        List<String> ids = index.entries(teamId, wanted).stream()
                .filter(e -> category == null || category.equals(e.categoryCode()))
                .map(TeamQueueIndex.Entry::reportId).toList();
        List<String> pageIds = ids.stream().skip((long) page * size).limit(size).toList();
        Map<String, Report> found = reports.findAll(pageIds).stream()
                .collect(Collectors.toMap(Report::id, Function.identity()));
        List<QueueItem> items = pageIds.stream().map(found::get).filter(Objects::nonNull)
                .filter(r -> teamId.equals(r.currentTeamId()) && wanted.contains(r.status()))
                .map(r -> QueueItem.of(r, clock)).toList();
        long total = ids.size();
        return new QueuePage(items, page, size, total, (int) ((total + size - 1) / size));
    }
}
