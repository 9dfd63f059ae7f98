package vn.gov.daklak.feedback.report;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.Lane;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.contracts.report.ReporterContact;
import vn.gov.daklak.platform.outbox.OutboxMessage;

/**
 * A report as stored in {@code reports}: {@code _id} is the report id, the tracking code a second key. The field
 * names are those reports have always been stored with (documents written before this class, with
 * {@code _class: ...report.Report}, read the same). {@code outbox} holds the events not yet published; the relay
 * removes them and raises {@code version}. {@code geoCell} is derived from the location, for the look-ups. The public
 * reads sort by submission and select by timeline time, hence their indexes (ignored by the stand-in).
 */
@Document(ReportDocument.COLLECTION)
@CompoundIndex(name = "public_submitted", def = "{'submittedAt': -1}")
@CompoundIndex(name = "public_updates", def = "{'timeline.at': 1}")
record ReportDocument(@Id String id, @Indexed(unique = true) String trackingCode, String categoryCode, String title,
                      String description, GeoPoint location, String communeCode, String addressText,
                      IntakeChannel channel, ReporterContact reporter, ReportStatus status, Assignment assignment,
                      Instant submittedAt, Instant updatedAt, List<TimelineEntry> timeline,
                      List<String> appliedEventIds, String assigneeId, List<InternalNote> internalNotes,
                      String pendingQuestion, String resolution, Instant resolvedAt, String duplicateOf,
                      Rating rating, Integer reopenCount, String geoCell, Lane lane, List<Photo> photos,
                      List<Follower> followers, List<QueueNotice> queueNotices, List<OutboxMessage> outbox,
                      String ownerId, String filedBy, String assurance, String onBehalfPhoneKey, Long version) {
    static final String COLLECTION = "reports";
    /** Written by the relay and with each change, never as part of the report's state. */
    static final List<String> NOT_STATE = List.of("_id", "outbox", "version");

    static ReportDocument of(Report r, List<OutboxMessage> outbox, long version) {
        Resolution resolution = r.resolution();
        Ownership owner = r.ownership();
        return new ReportDocument(r.id(), r.trackingCode(), r.categoryCode(), r.title(), r.description(),
                r.location(), r.communeCode(), r.addressText(), r.channel(), r.reporter(), r.status(),
                r.assignment(), r.submittedAt(), r.updatedAt(), r.timeline(), r.appliedEventIds(), r.assigneeId(),
                r.internalNotes(), r.pendingQuestion(), resolution == null ? null : resolution.text(),
                resolution == null ? null : resolution.at(), r.duplicateOf(), r.rating(), r.reopenCount(),
                r.geoCell(), r.lane(), r.photos(), r.followers(), r.queueNotices(), outbox, owner.ownerId(),
                owner.filedBy(), owner.assurance(), owner.onBehalfPhoneKey(), version);
    }

    Report toReport() {
        return new Report(id, trackingCode, categoryCode, title, description, location, communeCode, addressText,
                channel, reporter, submittedAt, lane, new Ownership(ownerId, filedBy, assurance, onBehalfPhoneKey),
                status, updatedAt, assignment, assigneeId, pendingQuestion,
                resolvedAt == null ? null : new Resolution(resolution, resolvedAt), duplicateOf, rating,
                reopenCount == null ? 0 : reopenCount, timeline, photos, followers, internalNotes, appliedEventIds,
                queueNotices, version);
    }
}
