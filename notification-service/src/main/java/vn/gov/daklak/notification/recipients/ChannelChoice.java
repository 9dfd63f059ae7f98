package vn.gov.daklak.notification.recipients;

import java.util.ArrayList;
import java.util.List;

import vn.gov.daklak.contracts.notification.Channel;

/**
 * Picks the channel a resident is told on: the one they prefer if we have an address for it, otherwise SMS, then
 * e-mail, then in-app (addressed by tracking code, so there is always somewhere to put the message).
 */
public final class ChannelChoice {
    private static final List<Channel> FALLBACK = List.of(Channel.SMS, Channel.EMAIL, Channel.IN_APP);

    public record Choice(Channel channel, String address) {
    }

    private ChannelChoice() {
    }

    public static Choice choose(Contact contact) {
        List<Channel> order = new ArrayList<>(FALLBACK.size() + 1);
        if (contact.preferredChannel() != null) {
            order.add(contact.preferredChannel());
        }
        order.addAll(FALLBACK);
        for (Channel channel : order) {
            String address = addressFor(channel, contact);
            if (address != null) {
                return new Choice(channel, address);
            }
        }
        throw new IllegalArgumentException("A contact needs a tracking code to be reachable in-app");
    }

    static String addressFor(Channel channel, Contact contact) {
        String address = switch (channel) {
            case ZALO -> contact.zaloUserId();
            case SMS -> contact.phone();
            case EMAIL -> contact.email();
            case IN_APP -> contact.trackingCode();
        };
        return address == null || address.isBlank() ? null : address.trim();
    }
}
