package vn.gov.daklak.identity.staff;

import java.util.HashSet;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.identity.contact.Masking;
import vn.gov.daklak.identity.contact.PhoneNumbers;

/** Body of {@code PUT /api/v1/staff/{id}}: the whole changeable state of the account. */
@ReachableOnPreferredChannel
record UpdateStaffRequest(
        @NotBlank @Size(max = 200) String displayName,
        List<@NotNull StaffRole> roles,
        @Size(max = 50) List<@NotBlank String> teamIds,
        @NotNull Channel preferredChannel,
        @Pattern(regexp = PhoneNumbers.INPUT_PATTERN, message = PhoneNumbers.RULE) String phone,
        @Email @Size(max = 254) String email,
        @NotNull Boolean active) implements StaffContactFields {

    StaffDetails toDetails() {
        return new StaffDetails(displayName, roles == null ? null : new HashSet<>(roles), teamIds, preferredChannel,
                phone, email, active);
    }

    @Override
    public String toString() {
        return "UpdateStaffRequest[phone=" + Masking.phone(phone) + ", email=" + Masking.email(email)
                + "]";
    }
}
