package vn.gov.daklak.identity.residents;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.gov.daklak.identity.contact.Masking;
import vn.gov.daklak.platform.outbox.OutboxMessage;

/**
 * A resident's account. The national ID number is never stored in clear: {@code nationalIdHash} (keyed HMAC) finds
 * the account, {@code nationalIdCipher} (AES-GCM) keeps the number for the resident's own export. Fields that are null
 * are not written, so the sparse unique indexes on phone and national ID hash ignore accounts without them.
 */
@Document(ResidentDocument.COLLECTION)
record ResidentDocument(@Id String id, String phone, String displayName, String nationalIdHash,
                        String nationalIdCipher, String assurance, ResidentStatus status, Instant createdAt,
                        Instant lastSignInAt, Instant deletedAt, @Version Long version, List<OutboxMessage> outbox,
                        ContactPreferences contact, ContactPreferences requestedContact,
                        List<AddressVerification> verifications) {
    static final String COLLECTION = "residents";

    ResidentDocument withSignIn(Instant at, String newAssurance) {
        return new ResidentDocument(id, phone, displayName, nationalIdHash, nationalIdCipher, newAssurance, status,
                createdAt, at, deletedAt, version, outbox, contact, requestedContact, verifications);
    }

    ResidentDocument withVneid(String name, String hash, String cipher, String newPhone) {
        return new ResidentDocument(id, newPhone, name, hash, cipher, assurance, status, createdAt, lastSignInAt,
                deletedAt, version, outbox, contact, requestedContact, verifications);
    }

    ResidentDocument anonymised(Instant at, OutboxMessage event) {
        return new ResidentDocument(id, null, null, null, null, null, ResidentStatus.DELETED, createdAt, lastSignInAt,
                at, version, append(event), null, null, null);
    }

    /**
     * {@code preferences} take effect now (they hold only verified addresses); {@code requested} is what the resident
     * asked for, waiting on {@code pending} verifications; {@code events} go out with the save.
     */
    ResidentDocument withContact(ContactPreferences preferences, ContactPreferences requested,
                                 List<AddressVerification> pending, List<OutboxMessage> events) {
        List<OutboxMessage> all = new java.util.ArrayList<>(outbox == null ? List.of() : outbox);
        all.addAll(events);
        return new ResidentDocument(id, phone, displayName, nationalIdHash, nationalIdCipher, assurance, status,
                createdAt, lastSignInAt, deletedAt, version, all, preferences, pending.isEmpty() ? null : requested,
                pending.isEmpty() ? null : List.copyOf(pending));
    }

    List<AddressVerification> pending() {
        return verifications == null ? List.of() : verifications;
    }

    /**
     * Pending events loaded with the document are written back as they are: if the relay published them meanwhile,
     * it also bumped {@code version}, and this save fails instead of writing them back.
     */
    private List<OutboxMessage> append(OutboxMessage event) {
        List<OutboxMessage> all = new java.util.ArrayList<>(outbox == null ? List.of() : outbox);
        all.add(event);
        return all;
    }

    @Override
    public String toString() {
        return "ResidentDocument[" + id + ", " + Masking.phone(phone) + "]";
    }
}
