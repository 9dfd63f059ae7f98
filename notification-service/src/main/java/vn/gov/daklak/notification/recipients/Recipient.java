package vn.gov.daklak.notification.recipients;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.RecipientKind;

/**
 * Who gets one notification, on which channel and at which address.
 *
 * @param id       stable identity of the person, part of the notification's idempotency key
 * @param language an IETF language tag; anything but English means Vietnamese
 */
public record Recipient(RecipientKind kind, String id, Channel channel, String address, String language) {

    /** The resident who filed {@code reportId}; there is exactly one per report. */
    public static Recipient reporterOf(String reportId, Contact contact) {
        ChannelChoice.Choice choice = ChannelChoice.choose(contact);
        return new Recipient(RecipientKind.CITIZEN, "reporter:" + reportId, choice.channel(), choice.address(),
                contact.language());
    }
}
