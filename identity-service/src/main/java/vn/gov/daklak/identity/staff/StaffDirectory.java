package vn.gov.daklak.identity.staff;

import java.util.Optional;

/** What other features (sign-in, tokens) may ask about staff accounts. */
public interface StaffDirectory {

    Optional<StaffAccount> find(String staffId);

    /** The active account with this E.164 phone number, if exactly one has it. */
    Optional<StaffAccount> findActiveByPhone(String phone);
}
