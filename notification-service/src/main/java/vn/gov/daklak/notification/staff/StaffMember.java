package vn.gov.daklak.notification.staff;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.notification.recipients.ChannelChoice;
import vn.gov.daklak.notification.recipients.InboxKeys;
import vn.gov.daklak.notification.recipients.Recipient;

/** A staff member as the staff directory ({@code identity.staff-member-upserted}) last described them. */
public record StaffMember(String staffId, String displayName, Set<String> roles, List<String> teamIds,
                          Channel preferredChannel, String phone, String email, boolean active, Instant updatedAt) {

    public StaffMember {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        teamIds = teamIds == null ? List.of() : List.copyOf(teamIds);
    }

    /** Staff are written to in Vietnamese; their console inbox is the last fallback. */
    public Recipient asRecipient() {
        return new Recipient(RecipientKind.STAFF, staffId, "vi",
                ChannelChoice.staffRoutes(preferredChannel, phone, email, staffId), null,
                Set.of(InboxKeys.staff(staffId)));
    }
}
