package vn.gov.daklak.identity.residents;

import java.util.Optional;

/** Where resident accounts are kept. */
interface ResidentStore {

    Optional<ResidentDocument> findById(String id);

    Optional<ResidentDocument> findByPhone(String phone);

    Optional<ResidentDocument> findByNationalIdHash(String hash);

    /** False when the phone number or national ID is taken by another account (a parallel first sign-in). */
    boolean insert(ResidentDocument resident);

    /** Optimistic: fails with {@code OptimisticLockingFailureException} when changed since read. */
    void save(ResidentDocument resident);
}
