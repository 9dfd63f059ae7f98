package vn.gov.daklak.notification.dispatch;

import java.time.Instant;

import vn.gov.daklak.contracts.notification.Channel;

/** A channel given up on for a notification: why, and whether the next channel was tried instead. */
public record ChannelFailure(Channel channel, String provider, String reason, boolean permanent, Instant at) {
}
