package vn.gov.daklak.identity.vneid;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * VNeID as an external OpenID Connect provider ({@code identity.vneid.*}). Everything the provider decides is
 * configurable: its issuer and endpoints (given explicitly, nothing is fetched at start-up), this platform's client,
 * the names of the claims and which assurance values mean level 1 and level 2. Browser sign-in with VNeID is on
 * when {@code client-id} is set.
 */
@ConfigurationProperties("identity.vneid")
record VneidProperties(String issuer, String authorizationUri, String tokenUri, String jwkSetUri, String clientId,
                       String clientSecret, @DefaultValue("openid") List<String> scopes,
                       @DefaultValue Claims claims, @DefaultValue Assurance assurance, @DefaultValue Mock mock) {

    /** Claim names in VNeID's ID token. */
    record Claims(@DefaultValue("citizen_id") String nationalId, @DefaultValue("name") String name,
                  @DefaultValue("phone_number") String phone, @DefaultValue("loa") String assurance) {
    }

    /** Values of the assurance claim for each level; any other value refuses the sign-in. */
    record Assurance(@DefaultValue("1") List<String> level1, @DefaultValue("2") List<String> level2) {
    }

    /** The local test provider under {@code /mock-vneid} (embedded default and tests only). */
    record Mock(@DefaultValue("false") boolean enabled) {
    }

    @Override
    public String toString() {
        return "VneidProperties[" + issuer + ", client " + clientId + "]";
    }
}
