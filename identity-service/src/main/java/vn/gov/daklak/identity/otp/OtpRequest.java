package vn.gov.daklak.identity.otp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.gov.daklak.identity.contact.Masking;
import vn.gov.daklak.identity.contact.PhoneNumbers;

/** Body of {@code POST /api/v1/auth/otp}. {@code language} of the SMS: {@code vi} (default) or {@code en}. */
record OtpRequest(@NotBlank @Pattern(regexp = PhoneNumbers.INPUT_PATTERN, message = PhoneNumbers.RULE) String phone,
                  @NotBlank @Size(max = 64) String clientId,
                  @Pattern(regexp = "vi|en", message = "must be vi or en") String language) {

    @Override
    public String toString() {
        return "OtpRequest[" + Masking.phone(phone) + ", " + clientId + "]";
    }
}
