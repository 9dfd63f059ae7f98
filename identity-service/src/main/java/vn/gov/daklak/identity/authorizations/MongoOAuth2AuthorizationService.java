package vn.gov.daklak.identity.authorizations;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.jackson.SecurityJacksonModules;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Service;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.identity.authorizations.AuthorizationDocument.StoredPrincipal;
import vn.gov.daklak.identity.authorizations.AuthorizationDocument.StoredToken;
import vn.gov.daklak.identity.principal.PlatformAuthentication;
import vn.gov.daklak.platform.security.AssuranceLevel;
import vn.gov.daklak.platform.security.SubjectType;

/**
 * Authorizations (authorization codes, access, refresh and ID tokens) in MongoDB, so that every instance of the
 * service and every restart knows the same grants: a refresh token issued by one instance works on another.
 * An authorization whose client is no longer registered (revoked) is treated as absent.
 */
@Service
class MongoOAuth2AuthorizationService implements OAuth2AuthorizationService, AuthorizationRevocation {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final String PRINCIPAL = Principal.class.getName();

    private final MongoTemplate mongo;
    private final RegisteredClientRepository clients;
    private final Clock clock;
    private final JsonMapper json;

    MongoOAuth2AuthorizationService(MongoTemplate mongo, RegisteredClientRepository clients, Clock clock) {
        this.mongo = mongo;
        this.clients = clients;
        this.clock = clock;
        this.json = JsonMapper.builder()
                .addModules(SecurityJacksonModules.getModules(getClass().getClassLoader()))
                .build();
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        mongo.save(toDocument(authorization));
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        mongo.remove(query(where("_id").is(authorization.getId())), AuthorizationDocument.class);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        AuthorizationDocument doc = mongo.findById(id, AuthorizationDocument.class);
        return doc == null ? null : toAuthorization(doc);
    }

    /** By the token's hash: an equality on a unique index, one field per token type (each field in turn without). */
    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        String hash = sha256(token);
        List<String> fields;
        if (tokenType == null) {
            fields = MongoAuthorizationIndexes.TOKEN_HASHES;
        } else {
            String field = switch (tokenType.getValue()) {
                case OAuth2ParameterNames.STATE -> "stateHash";
                case OAuth2ParameterNames.CODE -> "code.hash";
                case OAuth2ParameterNames.ACCESS_TOKEN -> "accessToken.hash";
                case OidcParameterNames.ID_TOKEN -> "idToken.hash";
                case OAuth2ParameterNames.REFRESH_TOKEN -> "refreshToken.hash";
                default -> null;
            };
            fields = field == null ? List.of() : List.of(field);
        }
        for (String field : fields) {
            AuthorizationDocument doc = mongo.findOne(query(where(field).is(hash)), AuthorizationDocument.class);
            if (doc != null) {
                return toAuthorization(doc);
            }
        }
        return null;
    }

    @Override
    public int revokeAllForClient(String registeredClientId) {
        return (int) mongo.remove(query(where("registeredClientId").is(registeredClientId)),
                AuthorizationDocument.class).getDeletedCount();
    }

    @Override
    public int revokeAllForPrincipal(String principalName) {
        return (int) mongo.remove(query(where("principalName").is(principalName)), AuthorizationDocument.class)
                .getDeletedCount();
    }

    @Override
    public List<Grant> grantsOf(String principalName) {
        return mongo.find(query(where("principalName").is(principalName)), AuthorizationDocument.class).stream()
                .filter(d -> d.accessToken() != null)
                .map(d -> new Grant(d.registeredClientId(), d.grantType(), d.scopes(), d.accessToken().issuedAt(),
                        d.expiresAt()))
                .toList();
    }

    /** Expired authorizations; the stand-in has no TTL index, so a job removes them. */
    @Scheduled(fixedDelayString = "${identity.authorizations.cleanup-interval:10m}")
    void removeExpired() {
        mongo.remove(query(where("expiresAt").lt(clock.instant())), AuthorizationDocument.class);
    }

    private AuthorizationDocument toDocument(OAuth2Authorization a) {
        Map<String, Object> attributes = new HashMap<>(a.getAttributes());
        Object principal = attributes.remove(PRINCIPAL);
        String state = (String) attributes.get(OAuth2ParameterNames.STATE);
        StoredToken code = token(a.getToken(OAuth2AuthorizationCode.class), null, null);
        OAuth2Authorization.Token<OAuth2AccessToken> access = a.getAccessToken();
        StoredToken accessToken = access == null ? null : token(access, access.getToken().getTokenType().getValue(),
                new ArrayList<>(access.getToken().getScopes()));
        StoredToken idToken = token(a.getToken(OidcIdToken.class), null, null);
        StoredToken refreshToken = token(a.getRefreshToken(), null, null);
        Instant expiresAt = Stream.of(code, accessToken, idToken, refreshToken).filter(Objects::nonNull)
                .map(t -> t.expiresAt() == null ? Instant.MAX : t.expiresAt()).max(Instant::compareTo)
                .orElse(clock.instant().plusSeconds(600));
        return new AuthorizationDocument(a.getId(), a.getRegisteredClientId(), a.getPrincipalName(),
                a.getAuthorizationGrantType().getValue(), new ArrayList<>(a.getAuthorizedScopes()),
                json.writeValueAsString(attributes), storedPrincipal(principal), state == null ? null : sha256(state),
                code, accessToken, idToken, refreshToken, expiresAt);
    }

    private OAuth2Authorization toAuthorization(AuthorizationDocument doc) {
        RegisteredClient client = clients.findById(doc.registeredClientId());
        if (client == null) {
            return null;
        }
        Map<String, Object> attributes = json.readValue(doc.attributes(), MAP);
        OAuth2Authorization.Builder builder = OAuth2Authorization.withRegisteredClient(client)
                .id(doc.id())
                .principalName(doc.principalName())
                .authorizationGrantType(new AuthorizationGrantType(doc.grantType()))
                .authorizedScopes(new LinkedHashSet<>(doc.scopes()))
                .attributes(attrs -> attrs.putAll(attributes));
        if (doc.principal() != null) {
            StoredPrincipal p = doc.principal();
            builder.attribute(PRINCIPAL, new PlatformAuthentication(p.subject(), SubjectType.valueOf(p.subjectType()),
                    AssuranceLevel.ofAcr(p.acr()), p.authenticatedAt()));
        }
        StoredToken code = doc.code();
        if (code != null) {
            builder.token(new OAuth2AuthorizationCode(code.value(), code.issuedAt(), code.expiresAt()),
                    m -> m.putAll(metadata(code)));
        }
        StoredToken access = doc.accessToken();
        if (access != null) {
            OAuth2AccessToken.TokenType type = OAuth2AccessToken.TokenType.DPOP.getValue().equalsIgnoreCase(access.type())
                    ? OAuth2AccessToken.TokenType.DPOP : OAuth2AccessToken.TokenType.BEARER;
            builder.token(new OAuth2AccessToken(type, access.value(), access.issuedAt(), access.expiresAt(),
                    new LinkedHashSet<>(access.scopes())), m -> m.putAll(metadata(access)));
        }
        StoredToken id = doc.idToken();
        if (id != null) {
            Map<String, Object> metadata = metadata(id);
            @SuppressWarnings("unchecked")
            Map<String, Object> claims = (Map<String, Object>) metadata.get(OAuth2Authorization.Token.CLAIMS_METADATA_NAME);
            builder.token(new OidcIdToken(id.value(), id.issuedAt(), id.expiresAt(), claims), m -> m.putAll(metadata));
        }
        StoredToken refresh = doc.refreshToken();
        if (refresh != null) {
            builder.token(new OAuth2RefreshToken(refresh.value(), refresh.issuedAt(), refresh.expiresAt()),
                    m -> m.putAll(metadata(refresh)));
        }
        return builder.build();
    }

    private StoredPrincipal storedPrincipal(Object principal) {
        if (principal == null) {
            return null;
        }
        if (principal instanceof PlatformAuthentication p) {
            return new StoredPrincipal(p.subject(), p.subjectType().name(), p.assurance().acr(), p.authenticatedAt());
        }
        throw new IllegalStateException("Unexpected principal type " + principal.getClass().getName());
    }

    private <T extends OAuth2Token> StoredToken token(OAuth2Authorization.Token<T> token, String type,
                                                      List<String> scopes) {
        if (token == null) {
            return null;
        }
        T value = token.getToken();
        return new StoredToken(value.getTokenValue(), sha256(value.getTokenValue()), value.getIssuedAt(),
                value.getExpiresAt(), json.writeValueAsString(token.getMetadata()), type, scopes);
    }

    private Map<String, Object> metadata(StoredToken token) {
        return token.metadata() == null ? Map.of() : json.readValue(token.metadata(), MAP);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
