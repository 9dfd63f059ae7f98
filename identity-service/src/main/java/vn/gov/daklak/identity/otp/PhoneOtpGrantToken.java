package vn.gov.daklak.identity.otp;

import java.io.Serial;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationGrantAuthenticationToken;

import vn.gov.daklak.identity.clients.PlatformGrants;

/** A token request with the phone-code grant: which challenge, which code, which scopes, from which address. */
class PhoneOtpGrantToken extends OAuth2AuthorizationGrantAuthenticationToken {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String challengeId;
    private final String code;
    private final Set<String> scopes;
    private final String clientIp;

    PhoneOtpGrantToken(Authentication clientPrincipal, String challengeId, String code, Set<String> scopes,
                       String clientIp, Map<String, Object> additionalParameters) {
        super(PlatformGrants.PHONE_OTP, clientPrincipal, additionalParameters);
        this.challengeId = challengeId;
        this.code = code;
        this.scopes = Set.copyOf(scopes);
        this.clientIp = clientIp;
    }

    String challengeId() {
        return challengeId;
    }

    String code() {
        return code;
    }

    Set<String> scopes() {
        return scopes;
    }

    String clientIp() {
        return clientIp;
    }
}
