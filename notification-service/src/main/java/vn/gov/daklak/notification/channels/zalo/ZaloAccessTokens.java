package vn.gov.daklak.notification.channels.zalo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.notification.channels.DeliveryException;
import vn.gov.daklak.notification.channels.http.ProviderHttp;
import vn.gov.daklak.notification.channels.zalo.ZaloTokens.TokenPair;

/**
 * The OA access token: refreshed shortly before it expires and whenever Zalo rejects it, with the OAuth v4
 * {@code refresh_token} grant ({@code secret_key} header). Zalo hands out a new refresh token with every access token
 * and the old one stops working, so the pair is kept in {@link ZaloTokens} for every instance and every restart.
 */
final class ZaloAccessTokens {
    private static final Logger log = LoggerFactory.getLogger(ZaloAccessTokens.class);

    private final ZaloZnsProperties properties;
    private final ZaloTokens store;
    private final ProviderHttp http;
    private final JsonMapper json;
    private final Clock clock;
    private final String seed;

    ZaloAccessTokens(ZaloZnsProperties properties, ZaloTokens store, ProviderHttp http, JsonMapper json,
                     Clock clock) {
        this.properties = properties;
        this.store = store;
        this.http = http;
        this.json = json;
        this.clock = clock;
        this.seed = fingerprint(properties.refreshToken() + "|" + properties.accessToken());
    }

    /** A token to send with: the stored one, refreshed first when it is missing or about to expire. */
    synchronized String current() {
        TokenPair pair = stored();
        boolean expiring = pair.expiresAt() != null
                && !clock.instant().plus(properties.tokenRefreshMargin()).isBefore(pair.expiresAt());
        if (pair.accessToken() == null || expiring) {
            pair = refresh(pair);
        }
        return pair.accessToken();
    }

    /** Zalo said {@code rejected} is invalid: a new one, unless another thread or instance already got one. */
    synchronized String replaceRejected(String rejected) {
        TokenPair pair = stored();
        if (pair.accessToken() != null && !pair.accessToken().equals(rejected)) {
            return pair.accessToken();
        }
        return refresh(pair).accessToken();
    }

    private TokenPair stored() {
        TokenPair stored = store.load(properties.appId()).orElse(null);
        if (stored != null && seed.equals(stored.seed())) {
            return stored;
        }
        // nothing stored yet, or the configuration brings new tokens (an operator re-authorized the OA): they win
        long version = stored == null ? 0 : stored.version();
        TokenPair configured = new TokenPair(properties.accessToken(), properties.refreshToken(), null, seed, version);
        store.replace(properties.appId(), version, configured);
        return store.load(properties.appId()).orElseThrow();
    }

    private TokenPair refresh(TokenPair pair) {
        if (pair.refreshToken() == null || pair.refreshToken().isBlank()) {
            throw DeliveryException.transientFailure("zalo-zns: no refresh token to renew the access token with");
        }
        String form = "refresh_token=" + encode(pair.refreshToken()) + "&app_id=" + encode(properties.appId())
                + "&grant_type=refresh_token";
        HttpResponse<String> response = http.post(properties.tokenUrl(), Map.of("secret_key", properties.secretKey()),
                "application/x-www-form-urlencoded", form);
        if (response.statusCode() != 200) {
            throw http.failure(response, Set.of());
        }
        JsonNode body = read(response.body());
        String accessToken = text(body, "access_token");
        if (accessToken == null) {
            TokenPair now = store.load(properties.appId()).orElse(pair);
            if (now.version() != pair.version() && now.accessToken() != null) {
                return now; // another instance used the refresh token first; theirs is the current pair
            }
            log.error("Zalo refused to renew the OA access token; re-authorize the OA and set "
                    + "notification.providers.zalo-zns.refresh-token: {}", ProviderHttp.excerpt(response.body()));
            throw DeliveryException.transientFailure("zalo-zns: access token could not be renewed:"
                    + ProviderHttp.excerpt(response.body()));
        }
        String refreshToken = text(body, "refresh_token");
        String expiresIn = text(body, "expires_in"); // Zalo sends it as a string of seconds
        Instant expiresAt = expiresIn == null ? null : clock.instant().plusSeconds(Long.parseLong(expiresIn.trim()));
        TokenPair next = new TokenPair(accessToken, refreshToken == null ? pair.refreshToken() : refreshToken,
                expiresAt, pair.seed(), pair.version());
        if (!store.replace(properties.appId(), pair.version(), next)) {
            log.warn("Zalo tokens were renewed concurrently by another instance; using the stored pair");
            return store.load(properties.appId()).orElse(next);
        }
        log.info("Zalo OA access token renewed, valid until {}", expiresAt);
        return new TokenPair(next.accessToken(), next.refreshToken(), next.expiresAt(), next.seed(),
                pair.version() + 1);
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw DeliveryException.transientFailure("zalo-zns: unreadable token answer" + ProviderHttp.excerpt(body));
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isValueNode() ? value.asString() : null;
        return text == null || text.isBlank() ? null : text;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, UTF_8);
    }

    private static String fingerprint(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
