package vn.gov.daklak.identity.vneid;

import java.util.Map;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import vn.gov.daklak.platform.security.AssuranceLevel;
import vn.gov.daklak.identity.residents.VerifiedIdentity;

/** Reads the resident's identity and the assurance level out of VNeID's ID token claims, by configured names. */
class VneidClaimsMapper {
    static final String ERROR = "vneid_identity";

    private final VneidProperties.Claims names;
    private final VneidProperties.Assurance assurance;

    VneidClaimsMapper(VneidProperties properties) {
        this.names = properties.claims();
        this.assurance = properties.assurance();
    }

    VerifiedIdentity map(Map<String, Object> claims) {
        Object level = claims.get(names.assurance());
        AssuranceLevel mapped = level == null ? null
                : assurance.level2().contains(level.toString()) ? AssuranceLevel.VNEID_2
                : assurance.level1().contains(level.toString()) ? AssuranceLevel.VNEID_1 : null;
        if (mapped == null) {
            throw refused("VNeID reported no known assurance level");
        }
        Object nationalId = claims.get(names.nationalId());
        try {
            return new VerifiedIdentity(nationalId == null ? null : nationalId.toString(),
                    string(claims.get(names.name())), string(claims.get(names.phone())), mapped);
        } catch (IllegalArgumentException e) {
            // the message names no value: it must not carry the number into a log line
            throw refused("VNeID gave no valid national ID number");
        }
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static OAuth2AuthenticationException refused(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(ERROR, description, null), description);
    }
}
