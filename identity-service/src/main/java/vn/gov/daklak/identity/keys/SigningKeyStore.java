package vn.gov.daklak.identity.keys;

import java.util.List;

/** Where signing keys are kept, shared by every instance of the service. */
interface SigningKeyStore {

    /** All keys, oldest generation first. */
    List<SigningKey> all();

    /** Returns false when a key of the same generation exists already (another instance created it first). */
    boolean insert(SigningKey key);

    void delete(String kid);
}
