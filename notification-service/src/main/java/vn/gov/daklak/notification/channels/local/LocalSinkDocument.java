package vn.gov.daklak.notification.channels.local;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.gov.daklak.contracts.notification.Channel;

/** {@code _id} = notification id, so a message sent again after a crash is kept once. */
@Document("local_sink")
@CompoundIndex(name = "channel_address_time", def = "{'channel': 1, 'address': 1, 'time': 1}")
record LocalSinkDocument(@Id String notificationId, Channel channel, String address, String text, Instant time) {
}
