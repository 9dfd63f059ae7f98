package vn.gov.daklak.notification.channels;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.gov.daklak.contracts.notification.Channel;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChannelsProperties.class)
class ChannelsConfiguration {
    private static final Logger log = LoggerFactory.getLogger(ChannelsConfiguration.class);

    @Bean
    ChannelSenders channelSenders(ChannelsProperties properties, List<ChannelProvider> providers) {
        ChannelSenders senders = ChannelSenders.select(properties.providerNames(), providers);
        for (Channel channel : Channel.values()) {
            log.info("Channel {} delivers through provider '{}'", channel, senders.forChannel(channel).provider());
        }
        return senders;
    }
}
