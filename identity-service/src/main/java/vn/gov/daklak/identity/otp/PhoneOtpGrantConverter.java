package vn.gov.daklak.identity.otp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.util.StringUtils;

import jakarta.servlet.http.HttpServletRequest;
import vn.gov.daklak.identity.clients.PlatformGrants;

/**
 * Reads a phone-code token request:
 * {@code grant_type=urn:vn:gov:daklak:params:oauth:grant-type:phone-otp&challenge_id=…&code=123456[&scope=…]},
 * authenticated as a confidential client (secret) or, for a public one, with {@code client_id} alone.
 */
public class PhoneOtpGrantConverter implements AuthenticationConverter {
    public static final String CHALLENGE_ID = "challenge_id";
    public static final String CODE = "code";

    @Override
    public Authentication convert(HttpServletRequest request) {
        if (!PlatformGrants.PHONE_OTP.getValue().equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))) {
            return null;
        }
        Authentication clientPrincipal = SecurityContextHolder.getContext().getAuthentication();
        String challengeId = single(request, CHALLENGE_ID);
        String code = single(request, CODE);
        String scope = request.getParameter(OAuth2ParameterNames.SCOPE);
        Set<String> scopes = StringUtils.hasText(scope)
                ? new LinkedHashSet<>(Arrays.asList(StringUtils.delimitedListToStringArray(scope, " "))) : Set.of();
        Map<String, Object> additional = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!Set.of(OAuth2ParameterNames.GRANT_TYPE, OAuth2ParameterNames.CLIENT_ID, OAuth2ParameterNames.SCOPE,
                    CHALLENGE_ID, CODE, OAuth2ParameterNames.CLIENT_SECRET).contains(name)) {
                additional.put(name, values.length == 1 ? values[0] : values);
            }
        });
        return new PhoneOtpGrantToken(clientPrincipal, challengeId, code, scopes, request.getRemoteAddr(), additional);
    }

    private static String single(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null || values.length != 1 || !StringUtils.hasText(values[0])) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST,
                    "OAuth 2.0 Parameter: " + name, null));
        }
        return values[0];
    }
}
