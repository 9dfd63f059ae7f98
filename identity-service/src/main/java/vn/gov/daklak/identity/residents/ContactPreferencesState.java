package vn.gov.daklak.identity.residents;

import java.time.Instant;
import java.util.List;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.identity.contact.Masking;

/**
 * What {@code GET} and {@code PUT /api/v1/me/contact-preferences} answer: the preferences in effect (only verified
 * addresses) and the new addresses still waiting for their code, masked.
 */
record ContactPreferencesState(Channel preferredChannel, String email, String zaloUserId, String language,
                               String quietHoursStart, String quietHoursEnd,
                               List<PendingAddress> pendingVerification) {

    record PendingAddress(Channel channel, String address, Instant expiresAt) {
    }

    static ContactPreferencesState of(ContactPreferences effective, List<AddressVerification> pending) {
        return new ContactPreferencesState(effective.preferredChannel(), effective.email(), effective.zaloUserId(),
                effective.language(), effective.quietHoursStart(), effective.quietHoursEnd(),
                pending.stream().map(v -> new PendingAddress(v.channel(),
                        v.channel() == Channel.EMAIL ? Masking.email(v.address()) : v.address(), v.expiresAt()))
                        .toList());
    }
}
