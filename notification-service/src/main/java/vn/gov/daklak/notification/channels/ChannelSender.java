package vn.gov.daklak.notification.channels;

import vn.gov.daklak.contracts.notification.Channel;

/** Port: delivers messages on one channel through one provider. */
public interface ChannelSender {

    Channel channel();

    /** Name of the provider behind this sender, as configured ({@code local}, later {@code zalo-zns}, ...). */
    String provider();

    /** @throws DeliveryException when the provider did not accept the message */
    SendReceipt send(OutgoingMessage message);
}
