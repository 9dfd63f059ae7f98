package vn.gov.daklak.notification.recipients;

import vn.gov.daklak.contracts.notification.Channel;

/**
 * How the resident who filed a report can be reached, remembered from {@code report.submitted} because no later
 * report event repeats it. Every field may be null except {@code trackingCode}: an anonymous report is still told
 * in-app, where the tracking code is the address.
 */
public record Contact(String trackingCode, String phone, String email, String zaloUserId, Channel preferredChannel,
                      String language) {

    public static Contact anonymous(String trackingCode) {
        return new Contact(trackingCode, null, null, null, Channel.IN_APP, null);
    }
}
