package vn.gov.daklak.feedback.queue;

import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.security.ReportAccess;
import vn.gov.daklak.platform.security.Caller;

/**
 * A team's queue: the list sorted by deadline, and a live Server-Sent Events stream of its new and changed items that
 * resumes after {@code Last-Event-ID}. For the team's members, the chairman of its commune and province-wide staff
 * ({@link ReportAccess#requireQueue}).
 */
@RestController
@RequestMapping("/api/v1/teams/{teamId}/queue")
class TeamQueueController {
    private final TeamQueues queues;
    private final QueueStreams streams;
    private final ReportAccess access;

    TeamQueueController(TeamQueues queues, QueueStreams streams, ReportAccess access) {
        this.queues = queues;
        this.streams = streams;
        this.access = access;
    }

    /** {@code status} (repeatable or comma-separated) defaults to everything the team still has to act on. */
    @GetMapping
    TeamQueues.QueuePage queue(@PathVariable String teamId,
                               @RequestParam(required = false) Set<ReportStatus> status,
                               @RequestParam(required = false) String category,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "20") int size,
                               Caller caller) {
        access.requireQueue(caller, teamId);
        if (page < 0 || size < 1 || size > TeamQueues.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and "
                    + TeamQueues.MAX_PAGE_SIZE);
        }
        return queues.page(teamId, status, category, page, size);
    }

    /**
     * Events named {@code queue} whose id is the team's feed sequence and whose data is {@code {seq, kind, reportId,
     * at, item}} with kind ADDED, CHANGED or REMOVED; an event named {@code reset} means "reload the queue". Browsers'
     * EventSource sends {@code Last-Event-ID} by itself on reconnection; {@code ?lastEventId=} does the same.
     */
    @GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String teamId,
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader,
                      @RequestParam(name = "lastEventId", required = false) String lastEventIdParam,
                      Caller caller) {
        access.requireQueue(caller, teamId);
        String lastEventId = lastEventIdHeader != null ? lastEventIdHeader : lastEventIdParam;
        return streams.subscribe(teamId, lastEventId == null || lastEventId.isBlank() ? null : parse(lastEventId));
    }

    private static long parse(String lastEventId) {
        try {
            return Long.parseLong(lastEventId.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Last-Event-ID must be the id of an event of this stream");
        }
    }
}
