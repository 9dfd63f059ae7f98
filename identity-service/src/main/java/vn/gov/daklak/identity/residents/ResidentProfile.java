package vn.gov.daklak.identity.residents;

import vn.gov.daklak.identity.contact.Masking;
import vn.gov.daklak.platform.security.AssuranceLevel;

/** What tokens may say about an active resident. */
public record ResidentProfile(String residentId, String phone, String displayName, AssuranceLevel highestAssurance) {

    @Override
    public String toString() {
        return "ResidentProfile[" + residentId + ", " + Masking.phone(phone) + "]";
    }
}
