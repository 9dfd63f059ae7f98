package vn.gov.daklak.notification.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.contracts.notification.Channel;

class ChannelSendersTest {
    private final ChannelProvider local = provider("local", EnumSet.allOf(Channel.class));
    private final ChannelProvider smtp = provider("smtp", EnumSet.of(Channel.EMAIL));

    @Test
    void everyChannelUsesTheLocalSinkUnlessConfiguredOtherwise() {
        ChannelSenders senders = ChannelSenders.select(Map.of(Channel.EMAIL, "smtp"), List.of(local, smtp));

        assertThat(senders.forChannel(Channel.EMAIL).provider()).isEqualTo("smtp");
        assertThat(senders.forChannel(Channel.SMS).provider()).isEqualTo("local");
        assertThat(senders.forChannel(Channel.ZALO).provider()).isEqualTo("local");
        assertThat(senders.forChannel(Channel.IN_APP).channel()).isEqualTo(Channel.IN_APP);
    }

    @Test
    void unknownOrUnfitProviderStopsStartUp() {
        assertThatThrownBy(() -> ChannelSenders.select(Map.of(Channel.SMS, "viettel"), List.of(local, smtp)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("notification.channels.sms.provider=viettel");
        assertThatThrownBy(() -> ChannelSenders.select(Map.of(Channel.SMS, "smtp"), List.of(local, smtp)))
                .isInstanceOf(IllegalStateException.class);
    }

    private static ChannelProvider provider(String name, Set<Channel> channels) {
        return new ChannelProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Channel> supportedChannels() {
                return channels;
            }

            @Override
            public ChannelSender senderFor(Channel channel) {
                return new ChannelSender() {
                    @Override
                    public Channel channel() {
                        return channel;
                    }

                    @Override
                    public String provider() {
                        return name;
                    }

                    @Override
                    public SendReceipt send(OutgoingMessage message) {
                        return new SendReceipt(name);
                    }
                };
            }
        };
    }
}
