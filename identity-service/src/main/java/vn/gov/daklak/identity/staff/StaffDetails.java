package vn.gov.daklak.identity.staff;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.identity.contact.Masking;
import vn.gov.daklak.identity.contact.PhoneNumbers;

/**
 * The changeable part of a staff account. Invariants: a display name, no duplicate roles or teams, and the contact
 * the preferred channel needs (a phone for SMS and Zalo, an e-mail address for EMAIL).
 */
record StaffDetails(String displayName, Set<StaffRole> roles, List<String> teamIds, Channel preferredChannel,
                    String phone, String email, boolean active) {

    StaffDetails {
        displayName = displayName == null ? null : Normalizer.normalize(displayName.strip(), Normalizer.Form.NFC);
        if (displayName == null || displayName.isEmpty()) {
            throw new IllegalArgumentException("displayName is required");
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        teamIds = teamIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(teamIds));
        if (preferredChannel == null) {
            throw new IllegalArgumentException("preferredChannel is required");
        }
        phone = PhoneNumbers.normalize(blankToNull(phone));
        email = blankToNull(email);
        String missing = ContactRequirement.missingFor(preferredChannel, phone, email);
        if (missing != null) {
            throw new IllegalArgumentException(missing + " " + ContactRequirement.problem(preferredChannel));
        }
    }

    /** Roles in declaration order, as names: the form events carry. */
    List<String> roleNames() {
        return roles.stream().sorted().map(Enum::name).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "StaffDetails[displayName=" + displayName + ", roles=" + roles + ", teamIds=" + teamIds
                + ", preferredChannel=" + preferredChannel + ", phone=" + Masking.phone(phone)
                + ", email=" + Masking.email(email) + ", active=" + active + "]";
    }
}
