package vn.gov.daklak.feedback.report;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import vn.gov.daklak.platform.outbox.OutboxMessage;

/**
 * Storage of reports, one document per report, read and written by key. A report and the events its change raised
 * are written in one single-document write; a change is written only if nobody changed the report since it was read.
 */
public interface Reports {

    Optional<Report> find(String id);

    Optional<Report> findByTrackingCode(String trackingCode);

    /** The stored reports among {@code ids} (one read by id), in no particular order. */
    List<Report> findAll(Collection<String> ids);

    /**
     * Stores a new report with its events.
     *
     * @return the report as stored
     * @throws org.springframework.dao.DuplicateKeyException if its id or tracking code is taken
     */
    Report add(Report report, List<OutboxMessage> events);

    /**
     * Stores a changed report with its events.
     *
     * @return the report as stored (its version raised)
     * @throws org.springframework.dao.OptimisticLockingFailureException if the report changed since it was read
     *                                                                    (read it again and retry)
     */
    Report update(Report report, List<OutboxMessage> events);

    /**
     * Makes {@code ownerId} the owner of the report filed for the phone with {@code phoneKey}, unless somebody owns
     * it already. Raises the version, so that a copy read before cannot write the report back unowned.
     */
    void claim(String reportId, String phoneKey, String ownerId);

    /** The queue feed has recorded this notice (see {@link QueueNotice}); the report no longer holds it. */
    void forgetQueueNotice(String reportId, String noticeId);

    /** Ids of at most {@code limit} reports still holding queue notices (a recovery sweep: no key). */
    List<String> holdingQueueNotices(int limit);

    /** Ids of at most {@code limit} reports resolved at or before {@code cutoff} (a scheduled sweep: no key). */
    List<String> resolvedUntil(Instant cutoff, int limit);

    /** Every report that has been routed to a team (a one-off backfill: no key). */
    void forEachRouted(Consumer<Report> action);
}
