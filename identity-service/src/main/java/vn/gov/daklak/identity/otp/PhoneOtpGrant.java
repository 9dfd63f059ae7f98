package vn.gov.daklak.identity.otp;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.web.authentication.AuthenticationConverter;

/** The phone-code grant's pieces for the token endpoint: how a request is read and who checks it. */
public record PhoneOtpGrant(AuthenticationProvider provider) {

    public AuthenticationConverter converter() {
        return new PhoneOtpGrantConverter();
    }
}
