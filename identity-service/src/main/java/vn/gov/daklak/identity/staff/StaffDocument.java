package vn.gov.daklak.identity.staff;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.platform.outbox.OutboxMessage;

/** A staff account as stored in the {@value #COLLECTION} collection, with its pending events. */
@Document(StaffDocument.COLLECTION)
record StaffDocument(@Id String id, String displayName, List<StaffRole> roles, List<String> teamIds,
                     Channel preferredChannel, String phone, String email, boolean active, Instant updatedAt,
                     long revision, List<OutboxMessage> outbox) {
    static final String COLLECTION = "staff";

    static StaffDocument of(StaffMember member) {
        StaffDetails d = member.details();
        return new StaffDocument(member.staffId(), d.displayName(), d.roles().stream().sorted().toList(), d.teamIds(),
                d.preferredChannel(), d.phone(), d.email(), d.active(), member.updatedAt(), member.revision(),
                member.outbox());
    }

    StaffMember toStaffMember() {
        return StaffMember.restore(id, new StaffDetails(displayName, new HashSet<>(roles), teamIds, preferredChannel,
                phone, email, active), updatedAt, revision);
    }

    @Override
    public String toString() {
        return "StaffDocument[" + id + "]";
    }
}
