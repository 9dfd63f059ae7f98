package vn.gov.daklak.notification.channels;

import java.util.Map;

import vn.gov.daklak.contracts.notification.Channel;

/**
 * What a channel adapter is asked to deliver. Text-based providers (SMS, SMTP, in-app) send {@code text};
 * template-based ones (Zalo ZNS) map {@code templateKey} and {@code parameters} to their approved template.
 *
 * @param notificationId stable across retries: providers that accept a client reference use it to drop duplicates
 */
public record OutgoingMessage(String notificationId, Channel channel, String address, String language,
                              String templateKey, Map<String, String> parameters, String text) {
}
