package vn.gov.daklak.notification.recipients;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.report.Priority;

/** One per report ({@code _id} = report id); {@code priority} is the latest routing's. */
@Document("reporter_contacts")
record ReporterContactDocument(@Id String reportId, String trackingCode, String phone, String email,
                               String zaloUserId, Channel preferredChannel, String language, long sequence,
                               Instant recordedAt, Priority priority) {

    Contact toContact() {
        return new Contact(trackingCode, phone, email, zaloUserId, preferredChannel, language);
    }
}
