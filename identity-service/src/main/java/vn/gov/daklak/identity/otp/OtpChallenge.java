package vn.gov.daklak.identity.otp;

import java.time.Instant;

/**
 * One code sent to one phone number for one application. The code itself is not kept, only its keyed hash; the phone
 * number only encrypted (to sign the person in once the code is right) and as a keyed hash (to count and lock).
 *
 * @param deliverable false for a staff application and a number no staff account has: nothing is sent, and no code
 *                    is right, but the caller cannot tell the difference
 */
record OtpChallenge(String id, String clientId, String phoneHash, String phoneCipher, String codeHash,
                    boolean deliverable, Instant createdAt, Instant expiresAt, int attempts, boolean consumed,
                    boolean locked) {

    /** Why a code is refused, decided before its hash is compared. */
    Outcome precheck(Instant now) {
        if (consumed) {
            return Outcome.ALREADY_USED;
        }
        if (locked) {
            return Outcome.LOCKED;
        }
        if (!now.isBefore(expiresAt)) {
            return Outcome.EXPIRED;
        }
        return null;
    }

    int remainingAfterWrong(int maxAttempts) {
        return Math.max(0, maxAttempts - attempts - 1);
    }

    enum Outcome {
        ACCEPTED, WRONG_CODE, LOCKED, EXPIRED, ALREADY_USED, UNKNOWN
    }

    @Override
    public String toString() {
        return "OtpChallenge[" + id + "]";
    }
}
