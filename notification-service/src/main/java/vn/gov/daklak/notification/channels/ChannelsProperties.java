package vn.gov.daklak.notification.channels;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.gov.daklak.contracts.notification.Channel;

/** {@code notification.channels.<zalo|sms|email|in-app>.provider}; a channel not listed uses {@code local}. */
@ConfigurationProperties("notification")
record ChannelsProperties(Map<Channel, ChannelSettings> channels) {

    record ChannelSettings(String provider) {
    }

    Map<Channel, String> providerNames() {
        Map<Channel, String> names = new java.util.EnumMap<>(Channel.class);
        if (channels != null) {
            channels.forEach((channel, settings) -> {
                if (settings != null && settings.provider() != null) {
                    names.put(channel, settings.provider().trim());
                }
            });
        }
        return names;
    }
}
