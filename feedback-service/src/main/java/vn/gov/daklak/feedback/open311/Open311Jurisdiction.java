package vn.gov.daklak.feedback.open311;

import org.springframework.http.HttpStatus;

/** The one jurisdiction served here; {@code jurisdiction_id} may be left out, or must name it. */
final class Open311Jurisdiction {
    static final String ID = "daklak.gov.vn";

    private Open311Jurisdiction() {
    }

    static void check(String jurisdictionId) {
        if (jurisdictionId != null && !jurisdictionId.isBlank() && !ID.equalsIgnoreCase(jurisdictionId.strip())) {
            throw new Open311Exception(HttpStatus.NOT_FOUND, "jurisdiction_id provided was not found (this endpoint "
                    + "serves only " + ID + ")");
        }
    }
}
