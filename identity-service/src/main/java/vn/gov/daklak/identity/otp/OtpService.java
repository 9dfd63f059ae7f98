package vn.gov.daklak.identity.otp;

import vn.gov.daklak.identity.contact.OtpCodes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Service;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.NotificationRequested;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.identity.clients.ClientSettingNames;
import vn.gov.daklak.identity.clients.PlatformGrants;
import vn.gov.daklak.identity.contact.PhoneNumbers;
import vn.gov.daklak.identity.otp.OtpChallenge.Outcome;
import vn.gov.daklak.identity.otp.OtpRejectedException.Reason;
import vn.gov.daklak.platform.security.SubjectType;
import vn.gov.daklak.identity.privacy.Crypto;
import vn.gov.daklak.platform.ratelimit.RateLimiter;
import vn.gov.daklak.identity.staff.StaffAccount;
import vn.gov.daklak.identity.staff.StaffDirectory;
import vn.gov.daklak.platform.outbox.OutboxMessages;

/**
 * Sign-in codes: sends a 6-digit code by SMS through notification-service ({@code NotificationRequested}, template
 * {@code otp.code}, via the outbox of the code's own document) and checks it: valid for {@code codeTtl}, used once,
 * at most {@code maxAttempts} wrong tries after which that code is dead (the challenge is locked, never the phone
 * number: its owner asks for a new code), within the {@link GuessLimits}. Logs name codes by their challenge id only.
 */
@Service
class OtpService {
    static final String TEMPLATE = "otp.code";
    private static final Logger log = LoggerFactory.getLogger(OtpService.class);

    private final OtpStore store;
    private final OtpProperties properties;
    private final GuessLimits limits;
    private final Crypto crypto;
    private final RegisteredClientRepository clients;
    private final StaffDirectory staff;
    private final OutboxMessages messages;
    private final Clock clock;

    OtpService(OtpStore store, OtpProperties properties, RateLimiter rateLimiter, Crypto crypto,
               RegisteredClientRepository clients, StaffDirectory staff, OutboxMessages messages, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.limits = new GuessLimits(rateLimiter, properties);
        this.crypto = crypto;
        this.clients = clients;
        this.staff = staff;
        this.messages = messages;
        this.clock = clock;
    }

    /** Sends a code to {@code phoneInput} for an application; returns the challenge to answer. */
    Started start(String phoneInput, String clientId, String language, String ip) {
        if (!PhoneNumbers.isValid(phoneInput)) {
            throw new OtpRejectedException(Reason.INVALID_REQUEST, "phone " + PhoneNumbers.RULE, null);
        }
        String phone = PhoneNumbers.normalize(phoneInput);
        RegisteredClient client = clientId == null ? null : clients.findByClientId(clientId);
        if (client == null || !client.getAuthorizationGrantTypes().contains(PlatformGrants.PHONE_OTP)) {
            throw new OtpRejectedException(Reason.INVALID_REQUEST,
                    "clientId is not an application that signs in by phone", null);
        }
        String phoneHash = crypto.hash("phone", phone);
        Instant now = clock.instant();
        limits.beforeStart(phoneHash, ip);

        String challengeId = UUID.randomUUID().toString();
        String code = OtpCodes.next();
        Recipient recipient = recipient(ClientSettingNames.signsIn(client), phone);
        OtpChallenge challenge = new OtpChallenge(challengeId, client.getClientId(), phoneHash,
                crypto.encrypt(phonePurpose(challengeId), phone), crypto.hash(codePurpose(challengeId), code),
                recipient != null, now, now.plus(properties.codeTtl()), 0, false, false);
        NotificationRequested request = recipient == null ? null : new NotificationRequested(challengeId,
                recipient.kind(), recipient.id(), Channel.SMS, phone, TEMPLATE, Map.of("code", code),
                language == null || language.isBlank() ? properties.defaultLanguage() : language, true, null, now);
        store.insert(challenge, request == null ? null : messages.wrap(request, challengeId));
        log.info("Sign-in code {} issued for client {}{}", challengeId, client.getClientId(),
                recipient == null ? " (no staff account has the number: nothing sent)" : "");
        return new Started(challengeId, challenge.expiresAt());
    }

    /** Checks the code of a challenge made for {@code clientId}; returns the phone number it proves. */
    Verified verify(String challengeId, String code, String clientId, String ip) {
        Optional<OtpChallenge> found = challengeId == null ? Optional.empty() : store.find(challengeId);
        if (found.isEmpty() || !found.get().clientId().equals(clientId)) {
            throw rejected(Outcome.UNKNOWN, 0);
        }
        OtpChallenge challenge = found.get();
        Instant now = clock.instant();
        limits.beforeGuess(challenge.phoneHash(), ip);
        Outcome early = challenge.precheck(now);
        if (early != null) {
            throw rejected(early, 0);
        }
        boolean right = OtpCodes.wellFormed(code) && challenge.deliverable()
                && Crypto.sameHash(challenge.codeHash(), crypto.hash(codePurpose(challengeId), code));
        if (right && store.consume(challengeId, properties.maxAttempts())) {
            log.info("Sign-in code {} accepted", challengeId);
            return new Verified(crypto.decrypt(phonePurpose(challengeId), challenge.phoneCipher()));
        }
        if (right) {
            throw rejected(Outcome.ALREADY_USED, 0);
        }
        limits.wrongGuess(challenge.phoneHash(), ip);
        OtpChallenge after = store.countWrongTry(challengeId).orElseThrow(() -> rejected(Outcome.LOCKED, 0));
        if (after.attempts() >= properties.maxAttempts()) {
            store.lock(challengeId);
            log.warn("Sign-in code {}: {} wrong tries, the code is dead", challengeId, after.attempts());
            throw rejected(Outcome.LOCKED, 0);
        }
        throw rejected(Outcome.WRONG_CODE, properties.maxAttempts() - after.attempts());
    }

    @Scheduled(fixedDelayString = "${identity.otp.cleanup-interval:5m}")
    void removeExpired() {
        store.removeExpired(clock.instant().minus(Duration.ofHours(1)));
    }

    private Recipient recipient(SubjectType signsIn, String phone) {
        if (signsIn == SubjectType.STAFF) {
            return staff.findActiveByPhone(phone).map(StaffAccount::staffId)
                    .map(id -> new Recipient(RecipientKind.STAFF, id)).orElse(null);
        }
        // a resident may not have an account yet: the code goes to the bare number
        return new Recipient(RecipientKind.CITIZEN, null);
    }

    private static OtpRejectedException rejected(Outcome outcome, int remaining) {
        String message = switch (outcome) {
            case WRONG_CODE -> "The code is wrong; " + remaining + " tries left";
            case LOCKED -> "Too many wrong codes for this code; ask for a new one";
            case EXPIRED -> "The code has expired; ask for a new one";
            case ALREADY_USED -> "The code was used already";
            default -> "Unknown code";
        };
        return new OtpRejectedException(Reason.INVALID_CODE, message, null);
    }

    private static String codePurpose(String challengeId) {
        return "otp-code:" + challengeId;
    }

    private static String phonePurpose(String challengeId) {
        return "otp-phone:" + challengeId;
    }

    record Started(String challengeId, Instant expiresAt) {
    }

    record Verified(String phone) {
        @Override
        public String toString() {
            return "Verified[***]";
        }
    }

    private record Recipient(RecipientKind kind, String id) {
    }
}
