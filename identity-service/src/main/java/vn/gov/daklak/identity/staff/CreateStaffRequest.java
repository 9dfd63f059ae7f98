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

/** Body of {@code POST /api/v1/staff}. Without a staffId one is generated; without active the account is active. */
@ReachableOnPreferredChannel
record CreateStaffRequest(
        @Pattern(regexp = StaffIds.PATTERN, message = StaffIds.RULE) String staffId,
        @NotBlank @Size(max = 200) String displayName,
        List<@NotNull StaffRole> roles,
        @Size(max = 50) List<@NotBlank String> teamIds,
        @NotNull Channel preferredChannel,
        @Pattern(regexp = PhoneNumbers.INPUT_PATTERN, message = PhoneNumbers.RULE) String phone,
        @Email @Size(max = 254) String email,
        Boolean active) implements StaffContactFields {

    StaffDetails toDetails() {
        return new StaffDetails(displayName, roles == null ? null : new HashSet<>(roles), teamIds, preferredChannel,
                phone, email, active == null || active);
    }

    @Override
    public String toString() {
        return "CreateStaffRequest[staffId=" + staffId + ", phone=" + Masking.phone(phone) + ", email="
                + Masking.email(email) + "]";
    }
}
