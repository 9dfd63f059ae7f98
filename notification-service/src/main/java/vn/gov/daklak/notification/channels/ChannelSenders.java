package vn.gov.daklak.notification.channels;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import vn.gov.daklak.contracts.notification.Channel;

/** The sender chosen for each channel; every channel has one, so no message is ever dropped for lack of it. */
public class ChannelSenders {
    private final Map<Channel, ChannelSender> byChannel;

    ChannelSenders(Map<Channel, ChannelSender> byChannel) {
        this.byChannel = new EnumMap<>(byChannel);
    }

    /**
     * Selects, for every channel, the provider named by {@code providerNames} (default {@code local}).
     *
     * @throws IllegalStateException when a configured provider does not exist or does not serve that channel
     */
    public static ChannelSenders select(Map<Channel, String> providerNames, Collection<ChannelProvider> providers) {
        Map<String, ChannelProvider> byName = providers.stream()
                .collect(Collectors.toMap(ChannelProvider::name, p -> p));
        Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            String name = providerNames.getOrDefault(channel, "local");
            ChannelProvider provider = byName.get(name);
            if (provider == null || !provider.supportedChannels().contains(channel)) {
                throw new IllegalStateException("notification.channels." + channel.name().toLowerCase()
                        + ".provider=" + name + " is not a provider for " + channel + "; available: "
                        + byName.keySet());
            }
            senders.put(channel, provider.senderFor(channel));
        }
        return new ChannelSenders(senders);
    }

    public ChannelSender forChannel(Channel channel) {
        return byChannel.get(channel);
    }
}
