package vn.gov.daklak.identity.staff;

import vn.gov.daklak.contracts.notification.Channel;

/** The fields {@link ReachableOnPreferredChannel} checks together. */
interface StaffContactFields {
    Channel preferredChannel();

    String phone();

    String email();
}
