package vn.gov.daklak.notification.recipients;

import java.util.Optional;
import java.util.Set;

/** Port: residents' contact preferences, the latest per resident. */
public interface ResidentPreferencesStore {

    /** Stores them unless newer ones (by {@code changedAt}) are stored already; redelivery changes nothing. */
    void apply(ResidentPreferences preferences);

    /** The resident who has (or once had) this phone number or e-mail address. */
    Optional<ResidentPreferences> findByContact(String phone, String email);

    /** The resident's id and current (verified) phone and e-mail address, as inbox keys (see {@link InboxKeys}). */
    Set<String> inboxKeys(String residentId);
}
