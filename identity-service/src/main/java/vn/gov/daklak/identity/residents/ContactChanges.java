package vn.gov.daklak.identity.residents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import vn.gov.daklak.contracts.identity.ContactPreferencesChanged;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.NotificationRequested;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.identity.contact.OtpCodes;
import vn.gov.daklak.identity.privacy.Crypto;
import vn.gov.daklak.platform.outbox.OutboxMessage;
import vn.gov.daklak.platform.outbox.OutboxMessages;

/**
 * Changes how a resident is reached. A new e-mail address or Zalo id is used only once it is verified: the change
 * sends a 6-digit code to it (e-mail to the address; Zalo by ZNS, which reaches the Zalo account of the signed-in
 * phone) through notification-service ({@code NotificationRequested}, template {@code otp.code}) and keeps the
 * address pending; {@code verify} with the right code makes it current. Until then the previous, verified address
 * stays in effect, and only verified, current addresses are published ({@link ContactPreferencesChanged}), so
 * notification-service's inbox can never cover an address the resident does not hold.
 */
@Service
class ContactChanges {
    static final String TEMPLATE = "otp.code";
    private static final Logger log = LoggerFactory.getLogger(ContactChanges.class);
    private static final int ATTEMPTS = 5;

    private final ResidentStore store;
    private final Crypto crypto;
    private final OutboxMessages messages;
    private final ContactVerificationProperties properties;
    private final java.time.Clock clock;

    ContactChanges(ResidentStore store, Crypto crypto, OutboxMessages messages,
                   ContactVerificationProperties properties, java.time.Clock clock) {
        this.store = store;
        this.crypto = crypto;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    ContactPreferencesState current(String residentId) {
        ResidentDocument r = active(residentId);
        return ContactPreferencesState.of(inEffect(r), live(r.pending(), clock.instant()));
    }

    /** Applies what needs no verification now; sends a code to each new address and keeps it pending. */
    ContactPreferencesState change(String residentId, ContactPreferences requested) {
        return retrying(() -> {
            ResidentDocument r = active(residentId);
            if ((requested.preferredChannel() == Channel.SMS || requested.preferredChannel() == Channel.ZALO)
                    && r.phone() == null) {
                throw new UnreachableChannelException(requested.preferredChannel()
                        + " needs a phone number: sign in with your phone first");
            }
            if (requested.zaloUserId() != null && r.phone() == null) {
                throw new UnreachableChannelException("A Zalo id is verified through the phone you signed in with: "
                        + "sign in with your phone first");
            }
            Instant now = clock.instant();
            ContactPreferences verified = inEffect(r);
            List<OutboxMessage> events = new ArrayList<>();
            List<AddressVerification> pending = new ArrayList<>();
            for (Channel channel : List.of(Channel.EMAIL, Channel.ZALO)) {
                String wanted = AddressVerification.normalize(channel, address(requested, channel));
                if (wanted != null && !wanted.equals(AddressVerification.normalize(channel,
                        address(verified, channel)))) {
                    String code = OtpCodes.next();
                    pending.add(new AddressVerification(channel, wanted, crypto.hash(purpose(r.id(), channel, wanted),
                            code), now.plus(properties.codeTtl()), 0));
                    events.add(codeMessage(r, channel, wanted, code, requested.language(), now));
                }
            }
            ContactPreferences effective = effective(requested, verified, unverified(pending));
            events.add(changed(r, effective, now));
            store.save(r.withContact(effective, requested, pending, events));
            if (!pending.isEmpty()) {
                log.info("Resident {} asked for {} new address(es): codes sent, not used until verified", r.id(),
                        pending.size());
            }
            return ContactPreferencesState.of(effective, pending);
        });
    }

    /** The code sent to the new address of {@code channel}: right, it becomes current; wrong, one try fewer. */
    ContactPreferencesState verify(String residentId, Channel channel, String code) {
        return retrying(() -> {
            ResidentDocument r = active(residentId);
            Instant now = clock.instant();
            List<AddressVerification> pending = new ArrayList<>(live(r.pending(), now));
            Optional<AddressVerification> found = pending.stream().filter(v -> v.channel() == channel).findFirst();
            if (found.isEmpty()) {
                throw new VerificationRejectedException("No new " + channel + " address waits for a code "
                        + "(it may have expired): change the preferences again to get a new code");
            }
            AddressVerification verification = found.get();
            pending.remove(verification);
            ContactPreferences verified = inEffect(r);
            ContactPreferences requested = r.requestedContact() == null ? verified : r.requestedContact();
            boolean right = OtpCodes.wellFormed(code) && Crypto.sameHash(verification.codeHash(),
                    crypto.hash(purpose(r.id(), channel, verification.address()), code));
            if (!right) {
                AddressVerification after = verification.withWrongTry();
                if (after.attempts() < properties.maxAttempts()) {
                    pending.add(after);
                }
                store.save(r.withContact(verified, requested, pending, List.of()));
                throw new VerificationRejectedException(after.attempts() < properties.maxAttempts()
                        ? "The code is wrong; " + (properties.maxAttempts() - after.attempts()) + " tries left"
                        : "The code is wrong too often: change the preferences again to get a new code");
            }
            ContactPreferences withAddress = with(verified, channel, verification.address());
            ContactPreferences effective = effective(requested, withAddress, unverified(pending));
            store.save(r.withContact(effective, requested, pending, List.of(changed(r, effective, now))));
            log.info("Resident {} verified a new {} address", r.id(), channel);
            return ContactPreferencesState.of(effective, pending);
        });
    }

    /** What the resident asked for, with each address still unverified replaced by the verified one. */
    static ContactPreferences effective(ContactPreferences requested, ContactPreferences verified,
                                        Set<Channel> unverified) {
        String email = unverified.contains(Channel.EMAIL) ? verified.email() : requested.email();
        String zalo = unverified.contains(Channel.ZALO) ? verified.zaloUserId() : requested.zaloUserId();
        Channel channel = requested.preferredChannel();
        if (channel == Channel.EMAIL && (email == null || email.isBlank())) {
            channel = verified.preferredChannel() == Channel.EMAIL ? Channel.IN_APP : verified.preferredChannel();
        }
        return new ContactPreferences(channel, email, zalo, requested.language(), requested.quietHoursStart(),
                requested.quietHoursEnd());
    }

    private ContactPreferences inEffect(ResidentDocument r) {
        return r.contact() != null ? r.contact() : ContactPreferences.defaults(r.phone());
    }

    private static List<AddressVerification> live(List<AddressVerification> pending, Instant now) {
        return pending.stream().filter(v -> !v.expired(now)).toList();
    }

    private static Set<Channel> unverified(List<AddressVerification> pending) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        pending.forEach(v -> channels.add(v.channel()));
        return channels;
    }

    private static String address(ContactPreferences preferences, Channel channel) {
        return channel == Channel.EMAIL ? preferences.email() : preferences.zaloUserId();
    }

    private static ContactPreferences with(ContactPreferences p, Channel channel, String address) {
        return channel == Channel.EMAIL
                ? new ContactPreferences(p.preferredChannel(), address, p.zaloUserId(), p.language(),
                p.quietHoursStart(), p.quietHoursEnd())
                : new ContactPreferences(p.preferredChannel(), p.email(), address, p.language(),
                p.quietHoursStart(), p.quietHoursEnd());
    }

    private OutboxMessage codeMessage(ResidentDocument r, Channel channel, String address, String code,
                                      String language, Instant now) {
        // Zalo ZNS is addressed by phone number: the code reaches the Zalo account of the signed-in phone
        String to = channel == Channel.EMAIL ? address : r.phone();
        NotificationRequested request = new NotificationRequested(UUID.randomUUID().toString(),
                RecipientKind.CITIZEN, r.id(), channel, to, TEMPLATE, Map.of("code", code),
                language == null ? "vi" : language, true, null, now);
        return messages.wrap(request, r.id());
    }

    private OutboxMessage changed(ResidentDocument r, ContactPreferences effective, Instant now) {
        return messages.wrap(new ContactPreferencesChanged(r.id(), effective.preferredChannel(), r.phone(),
                effective.email(), effective.zaloUserId(), effective.language(), effective.quietHoursStart(),
                effective.quietHoursEnd(), now), r.id());
    }

    private static String purpose(String residentId, Channel channel, String address) {
        return "contact-code:" + residentId + ":" + channel + ":" + Objects.requireNonNull(address);
    }

    private ResidentDocument active(String residentId) {
        return store.findById(residentId).filter(d -> d.status() == ResidentStatus.ACTIVE)
                .orElseThrow(() -> new ResidentNotFoundException(residentId));
    }

    private static <T> T retrying(Supplier<T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
