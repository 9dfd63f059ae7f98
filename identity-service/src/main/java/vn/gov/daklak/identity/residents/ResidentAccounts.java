package vn.gov.daklak.identity.residents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import vn.gov.daklak.contracts.identity.ContactPreferencesChanged;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.identity.authorizations.AuthorizationRevocation;
import vn.gov.daklak.identity.contact.Masking;
import vn.gov.daklak.platform.security.AssuranceLevel;
import vn.gov.daklak.identity.privacy.Crypto;
import vn.gov.daklak.platform.outbox.OutboxMessages;

/**
 * Resident accounts: found or created at sign-in (by phone number, or by national ID number through VNeID), read
 * when tokens are made, exported and deleted by the resident. Logs name residents by id only.
 */
@Service
public class ResidentAccounts {
    static final String NATIONAL_ID = "national-id";
    private static final Logger log = LoggerFactory.getLogger(ResidentAccounts.class);
    private static final int ATTEMPTS = 5;

    private final ResidentStore store;
    private final Crypto crypto;
    private final AuthorizationRevocation revocation;
    private final OutboxMessages messages;
    private final Clock clock;

    ResidentAccounts(ResidentStore store, Crypto crypto, AuthorizationRevocation revocation, OutboxMessages messages,
                     Clock clock) {
        this.store = store;
        this.crypto = crypto;
        this.revocation = revocation;
        this.messages = messages;
        this.clock = clock;
    }

    /** The account of this phone number (E.164), created at its first sign-in. Returns the resident id. */
    public String signInWithPhone(String phone) {
        return retrying(() -> {
            Instant now = clock.instant();
            Optional<ResidentDocument> existing = store.findByPhone(phone);
            if (existing.isPresent()) {
                ResidentDocument resident = existing.get();
                store.save(resident.withSignIn(now, higher(resident.assurance(), AssuranceLevel.PHONE)));
                return resident.id();
            }
            ResidentDocument created = new ResidentDocument(newId(), phone, null, null, null,
                    AssuranceLevel.PHONE.acr(), ResidentStatus.ACTIVE, now, now, null, null, List.of(), null, null,
                    null);
            if (!store.insert(created)) {
                throw new OptimisticLockingFailureException("created in parallel");
            }
            log.info("Resident {} created at first sign-in by phone", created.id());
            return created.id();
        });
    }

    /**
     * The account of this national ID number. A resident who so far signed in only by phone, with the phone number
     * VNeID reports, gets the VNeID identity added to that account; otherwise a new account is made.
     */
    public String signInWithVneid(VerifiedIdentity identity) {
        String hash = crypto.hash(NATIONAL_ID, identity.nationalId());
        return retrying(() -> {
            Instant now = clock.instant();
            Optional<ResidentDocument> existing = store.findByNationalIdHash(hash);
            if (existing.isEmpty() && identity.phone() != null) {
                existing = store.findByPhone(identity.phone()).filter(r -> r.nationalIdHash() == null);
            }
            if (existing.isPresent()) {
                ResidentDocument resident = existing.get();
                String phone = resident.phone() != null ? resident.phone() : identity.phone();
                ResidentDocument linked = resident.withVneid(identity.fullName(), hash,
                        crypto.encrypt(NATIONAL_ID, identity.nationalId()), phone)
                        .withSignIn(now, higher(resident.assurance(), identity.level()));
                store.save(linked);
                return resident.id();
            }
            ResidentDocument created = new ResidentDocument(newId(), identity.phone(), identity.fullName(), hash,
                    crypto.encrypt(NATIONAL_ID, identity.nationalId()), identity.level().acr(),
                    ResidentStatus.ACTIVE, now, now, null, null, List.of(), null, null, null);
            if (!store.insert(created)) {
                throw new OptimisticLockingFailureException("created in parallel");
            }
            log.info("Resident {} created at first sign-in with VNeID ({})", created.id(), identity.level().acr());
            return created.id();
        });
    }

    /** An active resident as tokens may describe them; empty when unknown or deleted. */
    public Optional<ResidentProfile> activeProfile(String residentId) {
        return store.findById(residentId).filter(r -> r.status() == ResidentStatus.ACTIVE)
                .map(r -> new ResidentProfile(r.id(), r.phone(), r.displayName(),
                        r.assurance() == null ? AssuranceLevel.PHONE : AssuranceLevel.ofAcr(r.assurance())));
    }

    /**
     * Everything identity-service holds about the resident. The national ID number is shown in full only to a
     * VNeID sign-in (whoever holds the phone must not learn it), masked otherwise.
     */
    ResidentExport export(String residentId, AssuranceLevel signedInWith) {
        ResidentDocument r = store.findById(residentId).filter(d -> d.status() == ResidentStatus.ACTIVE)
                .orElseThrow(() -> new ResidentNotFoundException(residentId));
        String nationalId = r.nationalIdCipher() == null ? null : crypto.decrypt(NATIONAL_ID, r.nationalIdCipher());
        return new ResidentExport(r.id(), r.phone(), r.displayName(),
                signedInWith.isVneid() ? nationalId : Masking.nationalId(nationalId),
                r.assurance(), r.createdAt(), r.lastSignInAt(), revocation.grantsOf(r.id()), clock.instant());
    }

    /**
     * Deletes the account: phone, name and national ID are removed for good, every token is revoked, and
     * notification-service is told to forget the resident's contact ({@link ContactPreferencesChanged} with no
     * address). The id remains, so reports filed under it stay consistent, now anonymous.
     */
    void delete(String residentId) {
        retrying(() -> {
            ResidentDocument r = store.findById(residentId).filter(d -> d.status() == ResidentStatus.ACTIVE)
                    .orElseThrow(() -> new ResidentNotFoundException(residentId));
            Instant now = clock.instant();
            ContactPreferencesChanged forget = new ContactPreferencesChanged(r.id(), Channel.IN_APP, null, null, null,
                    null, null, null, now);
            store.save(r.anonymised(now, messages.wrap(forget, r.id())));
            return null;
        });
        int revoked = revocation.revokeAllForPrincipal(residentId);
        log.info("Resident {} deleted their account; personal data removed, {} grants revoked", residentId, revoked);
    }

    private static String higher(String currentAcr, AssuranceLevel level) {
        AssuranceLevel current = currentAcr == null ? AssuranceLevel.PHONE : AssuranceLevel.ofAcr(currentAcr);
        return (current.compareTo(level) >= 0 ? current : level).acr();
    }

    private static String newId() {
        return "res-" + UUID.randomUUID();
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
