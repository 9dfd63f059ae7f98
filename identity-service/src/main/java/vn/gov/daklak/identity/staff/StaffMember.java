package vn.gov.daklak.identity.staff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.gov.daklak.contracts.identity.StaffMemberUpserted;
import vn.gov.daklak.platform.outbox.OutboxMessage;
import vn.gov.daklak.platform.outbox.OutboxMessages;

/**
 * A staff account: who the person is, which roles and teams they have and how to reach them. Every change appends a
 * {@link StaffMemberUpserted} to {@link #outbox()}, written together with the new state.
 */
final class StaffMember {
    private final String staffId;
    private final long revision;
    private final List<OutboxMessage> outbox = new ArrayList<>();
    private StaffDetails details;
    private Instant updatedAt;

    private StaffMember(String staffId, StaffDetails details, Instant updatedAt, long revision) {
        this.staffId = Objects.requireNonNull(staffId, "staffId");
        this.details = Objects.requireNonNull(details, "details");
        this.updatedAt = updatedAt;
        this.revision = revision;
    }

    static StaffMember create(String staffId, StaffDetails details, Instant now, OutboxMessages messages) {
        StaffMember member = new StaffMember(staffId, details, now, 0);
        member.announce(messages);
        return member;
    }

    /** A stored account; as for teams, pending stored events are not carried back (they would be published twice). */
    static StaffMember restore(String staffId, StaffDetails details, Instant updatedAt, long revision) {
        return new StaffMember(staffId, details, updatedAt, revision);
    }

    /** Returns false, and records no event, when nothing changes. */
    boolean change(StaffDetails newDetails, Instant now, OutboxMessages messages) {
        if (newDetails.equals(details)) {
            return false;
        }
        details = newDetails;
        updatedAt = now;
        announce(messages);
        return true;
    }

    StaffMemberUpserted toEvent() {
        return new StaffMemberUpserted(staffId, details.displayName(), details.roleNames(), details.teamIds(),
                details.preferredChannel(), details.phone(), details.email(), details.active(), updatedAt);
    }

    private void announce(OutboxMessages messages) {
        outbox.add(messages.wrap(toEvent(), staffId));
    }

    String staffId() {
        return staffId;
    }

    StaffDetails details() {
        return details;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long revision() {
        return revision;
    }

    List<OutboxMessage> outbox() {
        return List.copyOf(outbox);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffMember other && staffId.equals(other.staffId);
    }

    @Override
    public int hashCode() {
        return staffId.hashCode();
    }

    @Override
    public String toString() {
        return "StaffMember[" + staffId + "]";
    }
}
