package vn.gov.daklak.identity.authorizations;

import java.time.Instant;
import java.util.List;

/** Ending and listing grants beyond what the authorization server's own endpoints do. */
public interface AuthorizationRevocation {

    /** Removes every authorization (and so every refresh token) of a client; returns how many. */
    int revokeAllForClient(String registeredClientId);

    /** Removes every authorization of a person (sign-out everywhere, account deletion); returns how many. */
    int revokeAllForPrincipal(String principalName);

    /** A person's current grants, for their data export. */
    List<Grant> grantsOf(String principalName);

    record Grant(String registeredClientId, String grantType, List<String> scopes, Instant issuedAt,
                 Instant expiresAt) {
    }
}
