package vn.gov.daklak.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.Lane;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.FeedbackIntegrationTest;

/** Reports stored before the domain left Spring Data (class name and field names of then) load and change alike. */
class StoredReportsTest extends FeedbackIntegrationTest {
    static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

    @Autowired
    ReportChanges changes;

    @Test
    void aReportStoredByTheEarlierCodeLoadsWithEveryField() {
        String id = storeAsBefore();

        Report report = reports.find(id).orElseThrow();

        assertThat(report.trackingCode()).isEqualTo("DL-" + id.substring(0, 7));
        assertThat(report.title()).isEqualTo("Ổ gà trên đường Lê Duẩn");
        assertThat(report.channel()).isEqualTo(IntakeChannel.HOTLINE);
        assertThat(report.status()).isEqualTo(ReportStatus.RESOLVED);
        assertThat(report.resolution()).isEqualTo(new Resolution("Đã vá xong", T0.plusSeconds(7200)));
        assertThat(report.rating().score()).isEqualTo(4);
        assertThat(report.timeline()).extracting(TimelineEntry::note).containsExactly("Đã tiếp nhận phản ánh");
        assertThat(report.ownership()).isEqualTo(new Ownership("res-9", "staff:cds-01", null, "phone-key"));
        assertThat(report.lane()).as("stored before lanes existed").isEqualTo(Lane.ORDINARY);
        assertThat(report.geoCell()).isEqualTo(GridCell.of(report.location()));
        assertThat(report.version()).isEqualTo(3L);
    }

    @Test
    void aChangeKeepsTheStoredFieldNamesAndRaisesTheVersion() {
        String id = storeAsBefore();

        changes.apply(id, r -> r.addInternalNote("cds-01", "Kiểm tra lại sau mưa", T0.plusSeconds(9000)));

        Document stored = mongo.getCollection("reports").find(new Document("_id", id)).first();
        assertThat(stored.getLong("version")).isEqualTo(4L);
        assertThat(stored.getString("_class")).isEqualTo("vn.gov.daklak.feedback.report.Report");
        assertThat(stored.getString("resolution")).isEqualTo("Đã vá xong");
        assertThat(stored.getString("ownerId")).isEqualTo("res-9");
        assertThat(stored.getList("internalNotes", Document.class)).extracting(n -> n.getString("text"))
                .containsExactly("Kiểm tra lại sau mưa");
        assertThat(reports.find(id).orElseThrow().internalNotes()).hasSize(1);
    }

    @Test
    void aCopyReadBeforeAnotherChangeIsNotWritten() {
        String id = storeAsBefore();
        Report stale = reports.find(id).orElseThrow();
        changes.apply(id, r -> r.addInternalNote("cds-01", "Ghi chú thứ nhất", T0.plusSeconds(9000)));

        stale.addInternalNote("cds-02", "Ghi chú cũ", T0.plusSeconds(9100));

        assertThatThrownBy(() -> reports.update(stale, List.of()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(reports.find(id).orElseThrow().internalNotes()).extracting(InternalNote::text)
                .containsExactly("Ghi chú thứ nhất");
    }

    /** A resolved report as Spring Data wrote the earlier {@code Report} entity (no lane, no geoCell). */
    private String storeAsBefore() {
        String id = UUID.randomUUID().toString();
        mongo.getCollection("reports").insertOne(new Document("_id", id)
                .append("_class", "vn.gov.daklak.feedback.report.Report")
                .append("trackingCode", "DL-" + id.substring(0, 7))
                .append("categoryCode", "GIAO_THONG")
                .append("title", "Ổ gà trên đường Lê Duẩn")
                .append("description", "Sâu khoảng 20 cm")
                .append("location", new Document("lat", 12.67).append("lon", 108.04))
                .append("communeCode", COMMUNE)
                .append("channel", "HOTLINE")
                .append("reporter", new Document("phone", "0912345678").append("preferredChannel", "SMS")
                        .append("language", "vi"))
                .append("status", "RESOLVED")
                .append("submittedAt", Date.from(T0))
                .append("updatedAt", Date.from(T0.plusSeconds(7200)))
                .append("timeline", List.of(new Document("at", Date.from(T0)).append("kind", "SUBMITTED")
                        .append("status", "SUBMITTED").append("actor", "citizen")
                        .append("note", "Đã tiếp nhận phản ánh")))
                .append("appliedEventIds", List.of())
                .append("internalNotes", List.of())
                .append("resolution", "Đã vá xong")
                .append("resolvedAt", Date.from(T0.plusSeconds(7200)))
                .append("rating", new Document("score", 4).append("at", Date.from(T0.plusSeconds(8000))))
                .append("reopenCount", 0)
                .append("photos", List.of())
                .append("followers", List.of())
                .append("queueNotices", List.of())
                .append("outbox", List.of())
                .append("ownerId", "res-9")
                .append("filedBy", "staff:cds-01")
                .append("onBehalfPhoneKey", "phone-key")
                .append("version", 3L));
        return id;
    }
}
