package vn.gov.daklak.notification.channels.local;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.notification.channels.ChannelProvider;
import vn.gov.daklak.notification.channels.ChannelSender;

/** Provider {@code local}: keeps every message in the {@code local_sink} collection, for every channel. */
@Component
class LocalSinkProvider implements ChannelProvider {
    private final MongoLocalSinkRepository sink;
    private final Clock clock;

    LocalSinkProvider(MongoLocalSinkRepository sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public Set<Channel> supportedChannels() {
        return EnumSet.allOf(Channel.class);
    }

    @Override
    public ChannelSender senderFor(Channel channel) {
        return new LocalSinkSender(channel, sink, clock);
    }
}
