package vn.gov.daklak.identity.staff;

import java.time.Instant;
import java.util.List;

import vn.gov.daklak.contracts.notification.Channel;

/** A staff account as the admin API shows it (contact details included: the API is for administrators only). */
record StaffView(String staffId, String displayName, List<String> roles, List<String> teamIds,
                 Channel preferredChannel, String phone, String email, boolean active, Instant updatedAt) {

    static StaffView of(StaffMember member) {
        StaffDetails d = member.details();
        return new StaffView(member.staffId(), d.displayName(), d.roleNames(), d.teamIds(), d.preferredChannel(),
                d.phone(), d.email(), d.active(), member.updatedAt());
    }

    @Override
    public String toString() {
        return "StaffView[" + staffId + "]";
    }
}
