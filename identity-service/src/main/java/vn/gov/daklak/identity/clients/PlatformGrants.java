package vn.gov.daklak.identity.clients;

import java.util.Map;

import org.springframework.security.oauth2.core.AuthorizationGrantType;

/** Grant types a channel application may be given, by the short names used in configuration and the admin API. */
public final class PlatformGrants {
    /** Sign-in with a phone number and a one-time code (extension grant of this platform). */
    public static final AuthorizationGrantType PHONE_OTP =
            new AuthorizationGrantType("urn:vn:gov:daklak:params:oauth:grant-type:phone-otp");

    private static final Map<String, AuthorizationGrantType> BY_NAME = Map.of(
            "authorization_code", AuthorizationGrantType.AUTHORIZATION_CODE,
            "refresh_token", AuthorizationGrantType.REFRESH_TOKEN,
            "client_credentials", AuthorizationGrantType.CLIENT_CREDENTIALS,
            "phone_otp", PHONE_OTP);

    private PlatformGrants() {
    }

    public static boolean isKnown(String name) {
        return BY_NAME.containsKey(name);
    }

    static AuthorizationGrantType of(String name) {
        AuthorizationGrantType type = BY_NAME.get(name);
        if (type == null) {
            throw new IllegalArgumentException("Unknown grant type " + name + "; known: " + BY_NAME.keySet());
        }
        return type;
    }
}
