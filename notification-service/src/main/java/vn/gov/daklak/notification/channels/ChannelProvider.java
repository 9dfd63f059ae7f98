package vn.gov.daklak.notification.channels;

import java.util.Set;

import vn.gov.daklak.contracts.notification.Channel;

/**
 * A kind of provider that can stand behind one or more channels, selected per channel by
 * {@code notification.channels.<channel>.provider}. Adding a real provider (Zalo ZNS, an SMS gateway, SMTP) means
 * adding a bean of this type; nothing else changes.
 */
public interface ChannelProvider {

    /** The value of {@code notification.channels.<channel>.provider} that selects this provider. */
    String name();

    Set<Channel> supportedChannels();

    ChannelSender senderFor(Channel channel);
}
