package vn.gov.daklak.notification.recipients;

import vn.gov.daklak.contracts.notification.Channel;

/** One way to reach a person: a channel and the address on it (for Zalo ZNS, the phone number). */
public record Route(Channel channel, String address) {
}
