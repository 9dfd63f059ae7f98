package vn.gov.daklak.identity.vneid;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import vn.gov.daklak.platform.security.PlatformClaims;
import vn.gov.daklak.identity.residents.ResidentAccounts;
import vn.gov.daklak.identity.residents.VerifiedIdentity;

/**
 * After Spring has checked VNeID's ID token (signature against VNeID's keys, issuer, audience, nonce, expiry): finds
 * or creates the resident and returns a user that carries only the resident id and the level, never VNeID's claims
 * (they hold the national ID number and must not reach the session or the logs).
 */
class VneidUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {
    private final VneidClaimsMapper mapper;
    private final ResidentAccounts residents;

    VneidUserService(VneidClaimsMapper mapper, ResidentAccounts residents) {
        this.mapper = mapper;
        this.residents = residents;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcIdToken vneid = request.getIdToken();
        VerifiedIdentity identity = mapper.map(vneid.getClaims());
        String residentId = residents.signInWithVneid(identity);
        OidcIdToken reduced = OidcIdToken.withTokenValue("vneid")
                .subject(residentId)
                .issuedAt(vneid.getIssuedAt())
                .expiresAt(vneid.getExpiresAt())
                .claim(PlatformClaims.ACR, identity.level().acr())
                .build();
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_RESIDENT")), reduced, "sub");
    }
}
