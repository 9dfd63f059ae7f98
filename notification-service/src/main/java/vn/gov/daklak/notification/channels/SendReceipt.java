package vn.gov.daklak.notification.channels;

/** A provider accepted a message; its own id for it, for support requests and delivery reports. */
public record SendReceipt(String providerMessageId) {
}
