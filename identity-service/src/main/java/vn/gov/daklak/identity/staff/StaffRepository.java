package vn.gov.daklak.identity.staff;

import java.util.Optional;

/** Where staff accounts are kept. Each write stores the account and its {@link StaffMember#outbox()} atomically. */
interface StaffRepository {

    Optional<StaffMember> findById(String staffId);

    /** Returns false if an account with the same id exists already (nothing is written then). */
    boolean insert(StaffMember member);

    /** Writes the change only if the stored revision is still the one it was read at; false otherwise. */
    boolean update(StaffMember member);
}
