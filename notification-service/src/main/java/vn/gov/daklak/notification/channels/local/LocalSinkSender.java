package vn.gov.daklak.notification.channels.local;

import java.time.Clock;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.notification.channels.ChannelSender;
import vn.gov.daklak.notification.channels.OutgoingMessage;
import vn.gov.daklak.notification.channels.SendReceipt;

/** Stands in for a provider: the message is kept, viewable over HTTP, never silently dropped. */
class LocalSinkSender implements ChannelSender {
    private final Channel channel;
    private final MongoLocalSinkRepository sink;
    private final Clock clock;

    LocalSinkSender(Channel channel, MongoLocalSinkRepository sink, Clock clock) {
        this.channel = channel;
        this.sink = sink;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public String provider() {
        return "local";
    }

    @Override
    public SendReceipt send(OutgoingMessage message) {
        sink.keep(new LocalSinkEntry(message.notificationId(), channel, message.address(), message.text(),
                clock.instant()));
        return new SendReceipt("local-" + message.notificationId());
    }
}
