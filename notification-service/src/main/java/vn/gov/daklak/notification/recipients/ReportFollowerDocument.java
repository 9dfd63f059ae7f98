package vn.gov.daklak.notification.recipients;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.gov.daklak.contracts.notification.Channel;

/**
 * One per {@code report.follower-added} event ({@code _id} = its event id, so a redelivery is a duplicate key): the
 * follower of report {@code reportId} and how to reach them.
 */
@Document("report_followers")
record ReportFollowerDocument(@Id String eventId, String reportId, String phone, String email,
                              String zaloUserId, Channel preferredChannel, String language,
                              String mergedFromReportId, Instant addedAt, Instant recordedAt) {

    static ReportFollowerDocument of(ReportFollowers.Follower f, Instant recordedAt) {
        return new ReportFollowerDocument(f.eventId(), f.reportId(), f.phone(), f.email(), f.zaloUserId(),
                f.preferredChannel(), f.language(), f.mergedFromReportId(), f.addedAt(), recordedAt);
    }

    ReportFollowers.Follower toFollower() {
        return new ReportFollowers.Follower(eventId, reportId, phone, email, zaloUserId, preferredChannel, language,
                mergedFromReportId, addedAt);
    }
}
