package vn.gov.daklak.identity.residents;

import java.util.regex.Pattern;

import vn.gov.daklak.identity.contact.Masking;
import vn.gov.daklak.identity.contact.PhoneNumbers;
import vn.gov.daklak.platform.security.AssuranceLevel;

/**
 * Who VNeID says signed in: the national ID number (CCCD, 12 digits), the name, the phone number if VNeID gave one,
 * and the assurance level of that sign-in.
 */
public record VerifiedIdentity(String nationalId, String fullName, String phone, AssuranceLevel level) {
    private static final Pattern NATIONAL_ID = Pattern.compile("\\d{12}");

    public VerifiedIdentity {
        nationalId = nationalId == null ? null : nationalId.strip();
        if (nationalId == null || !NATIONAL_ID.matcher(nationalId).matches()) {
            throw new IllegalArgumentException("The national ID number must be 12 digits");
        }
        if (level == null || !level.isVneid()) {
            throw new IllegalArgumentException("A VNeID sign-in has level vneid-1 or vneid-2");
        }
        fullName = fullName == null || fullName.isBlank() ? null
                : java.text.Normalizer.normalize(fullName.strip(), java.text.Normalizer.Form.NFC);
        phone = PhoneNumbers.isValid(phone) ? PhoneNumbers.normalize(phone) : null;
    }

    @Override
    public String toString() {
        return "VerifiedIdentity[" + Masking.nationalId(nationalId) + ", " + level.acr() + "]";
    }
}
