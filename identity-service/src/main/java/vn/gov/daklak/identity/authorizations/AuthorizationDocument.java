package vn.gov.daklak.identity.authorizations;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An {@code OAuth2Authorization} as stored. Token values are looked up by their SHA-256 ({@code stateHash} and
 * {@code *.hash}, unique sparse indexes made by {@link MongoAuthorizationIndexes}, so each look-up is by key);
 * attributes and token metadata are JSON written with Spring Security's Jackson modules; the principal is a small
 * sub-document of identifiers ({@link StoredPrincipal}).
 */
@Document("oauth2_authorizations")
record AuthorizationDocument(@Id String id, String registeredClientId, @Indexed String principalName,
                             String grantType, List<String> scopes, String attributes, StoredPrincipal principal,
                             String stateHash, StoredToken code, StoredToken accessToken,
                             StoredToken idToken, StoredToken refreshToken, @Indexed Instant expiresAt) {

    record StoredPrincipal(String subject, String subjectType, String acr, Instant authenticatedAt) {
    }

    /** {@code state} only on the authorization-code token; {@code scopes} and {@code type} only on the access token. */
    record StoredToken(String value, String hash, Instant issuedAt, Instant expiresAt, String metadata,
                       String type, List<String> scopes) {
    }

    @Override
    public String toString() {
        return "AuthorizationDocument[" + id + "]";
    }
}
