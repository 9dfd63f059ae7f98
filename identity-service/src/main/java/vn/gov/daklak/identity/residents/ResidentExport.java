package vn.gov.daklak.identity.residents;

import java.time.Instant;
import java.util.List;

import vn.gov.daklak.identity.authorizations.AuthorizationRevocation.Grant;

/**
 * A resident's data as identity-service holds it. Reports, photos and messages are held by feedback-service and
 * notification-service, which export their own part.
 */
record ResidentExport(String residentId, String phone, String displayName, String nationalId,
                      String highestAssurance, Instant createdAt, Instant lastSignInAt, List<Grant> activeGrants,
                      Instant exportedAt) {

    @Override
    public String toString() {
        return "ResidentExport[" + residentId + "]";
    }
}
