package vn.gov.daklak.identity.residents;

import java.time.Instant;
import java.util.Locale;

import vn.gov.daklak.contracts.notification.Channel;

/**
 * A new e-mail address or Zalo id the resident asked for, not used until the resident enters the code that was sent
 * to it. Stored with the account; the code only as a keyed hash.
 */
record AddressVerification(Channel channel, String address, String codeHash, Instant expiresAt, int attempts) {

    AddressVerification withWrongTry() {
        return new AddressVerification(channel, address, codeHash, expiresAt, attempts + 1);
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** E-mail addresses compare without case, Zalo ids as they are. */
    static String normalize(Channel channel, String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        return channel == Channel.EMAIL ? address.strip().toLowerCase(Locale.ROOT) : address.strip();
    }

    @Override
    public String toString() {
        return "AddressVerification[" + channel + ", attempts " + attempts + "]";
    }
}
