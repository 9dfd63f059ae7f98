package vn.gov.daklak.notification.channels.local;

import java.time.Instant;

import vn.gov.daklak.contracts.notification.Channel;

/** A message the local sink kept instead of handing it to a real provider. */
public record LocalSinkEntry(String notificationId, Channel channel, String address, String text, Instant time) {
}
