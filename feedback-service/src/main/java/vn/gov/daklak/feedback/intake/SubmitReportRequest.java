package vn.gov.daklak.feedback.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.gov.daklak.contracts.notification.Channel;

/**
 * What a citizen channel posts to {@code POST /api/v1/reports} (the Open311 adapter builds the same request).
 * {@code onBehalfOf} is for assisted filing (hotline, community digital-technology teams): the resident's phone, by
 * which the resident later claims the report; {@code reporter} then defaults to that phone.
 */
public record SubmitReportRequest(
        @NotBlank @KnownCategory String category,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 5000) String description,
        @Valid Location location,
        @KnownCommune String communeCode,
        @Size(max = 500) String addressText,
        @Valid Reporter reporter,
        @Valid OnBehalfOf onBehalfOf) {

    public record OnBehalfOf(
            @NotBlank @Pattern(regexp = PHONE, message = "must be a Vietnamese mobile number") String phone) {
    }

    public record Location(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {
    }

    public record Reporter(
            @Size(max = 200) String name,
            @Pattern(regexp = PHONE, message = "must be a Vietnamese mobile number")
            String phone,
            @Email @Size(max = 254) String email,
            @Size(max = 64) String zaloUserId,
            Channel preferredChannel,
            @Pattern(regexp = "vi|en", message = "must be vi or en") String language) {

        /** This contact with {@code verifiedPhone} (the caller's signed-in phone, or null) instead of the typed one. */
        public Reporter withVerifiedPhone(String verifiedPhone) {
            return new Reporter(name, verifiedPhone, email, zaloUserId,
                    verifiedPhone == null && preferredChannel == Channel.SMS ? Channel.IN_APP : preferredChannel,
                    language);
        }

        @AssertTrue(message = "needs a phone, an e-mail or a Zalo user id")
        boolean isReachable() {
            return phone != null || email != null || zaloUserId != null;
        }
    }

    /** A Vietnamese mobile number: {@code 0912345678}, {@code 84912345678} or {@code +84912345678}. */
    public static final String PHONE = "^(\\+84|84|0)[35789]\\d{8}$";

    @AssertTrue(message = "give the reporter's contact (or onBehalfOf.phone when filing for a resident)")
    boolean isReporterGiven() {
        return reporter != null || onBehalfOf != null;
    }

    /** The contact to notify: {@code reporter}, else the phone of the resident filed for. */
    public Reporter contact() {
        return reporter != null ? reporter
                : new Reporter(null, onBehalfOf.phone(), null, null, Channel.SMS, null);
    }

    /**
     * The request with the reporter's phone replaced by {@code verifiedPhone} (a resident's signed-in phone, or null):
     * a phone typed in the body is never written to, so nobody can have a stranger sent SMS.
     */
    public SubmitReportRequest withReporterPhone(String verifiedPhone) {
        if (reporter == null) {
            return this;
        }
        return new SubmitReportRequest(category, title, description, location, communeCode, addressText,
                reporter.withVerifiedPhone(verifiedPhone), onBehalfOf);
    }

    @AssertTrue(message = "give a location {lat, lon} or a communeCode")
    boolean isLocated() {
        return location != null || (communeCode != null && !communeCode.isBlank());
    }
}
