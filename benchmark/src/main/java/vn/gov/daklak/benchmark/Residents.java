package vn.gov.daklak.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Residents signed in the way {@code sign-in.sh} does (a one-time code asked of identity-service, read from
 * notification-service's local SMS sink, exchanged at the token endpoint with the phone-code grant), kept signed in by
 * the refresh-token grant before their 10-minute access tokens expire. Refresh tokens (30 days, rotating) are kept in a
 * cache file so that later runs need no new codes: identity-service allows 20 code requests per client IP and 3 per
 * phone in 15 minutes.
 */
final class Residents implements AutoCloseable {
    static final String CLIENT_ID = "daklak-province-app";
    private static final String PHONE_GRANT = "urn:vn:gov:daklak:params:oauth:grant-type:phone-otp";
    /** The local sink lists at most this many messages per address, oldest first: a fuller phone never shows a code. */
    private static final int SINK_LIMIT = 500;
    private static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(3);

    static final class Resident {
        final String phone;
        volatile String accessToken;
        volatile String refreshToken;
        volatile Instant expiresAt = Instant.EPOCH;
        volatile String identityBase;

        Resident(String phone) {
            this.phone = phone;
        }

        String bearer() {
            return "Bearer " + accessToken;
        }
    }

    private final HttpClient http;
    private final JsonMapper json;
    private final List<String> identityBases;
    private final String notificationUrl;
    private final Path cacheFile;
    private final Map<String, Boolean> exhaustedBases = new ConcurrentHashMap<>();
    private final List<Resident> signedIn = new ArrayList<>();
    private ScheduledExecutorService renewer;

    Residents(HttpClient http, JsonMapper json, String identityUrl, String notificationUrl, Path cacheFile) {
        this.http = http;
        this.json = json;
        this.identityBases = clientAddresses(identityUrl);
        this.notificationUrl = notificationUrl;
        this.cacheFile = cacheFile;
    }

    /**
     * identity-service counts code requests per client IP. On this machine the benchmark can reach it as 127.0.0.1
     * and as ::1, two client addresses: {@code localhost} is expanded to both (tried in that order).
     */
    static List<String> clientAddresses(String url) {
        URI uri = URI.create(url);
        if (!"localhost".equals(uri.getHost())) {
            return List.of(url);
        }
        String rest = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return List.of(uri.getScheme() + "://127.0.0.1" + rest, uri.getScheme() + "://[::1]" + rest);
    }

    List<Resident> all() {
        return signedIn;
    }

    /** Signs in the given phones (cached refresh token first, else a one-time code); returns those signed in. */
    List<Resident> signIn(List<String> phones) throws Exception {
        Map<String, String> cached = readCache();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Resident>> futures = new ArrayList<>();
            for (String phone : phones) {
                futures.add(pool.submit(() -> signIn(phone, cached.get(phone))));
            }
            for (Future<Resident> f : futures) {
                Resident r = f.get();
                if (r != null) {
                    synchronized (signedIn) {
                        signedIn.add(r);
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
        writeCache();
        return signedIn;
    }

    private Resident signIn(String phone, String cachedRefreshToken) {
        Resident r = new Resident(phone);
        if (cachedRefreshToken != null) {
            r.refreshToken = cachedRefreshToken;
            r.identityBase = identityBases.get(0);
            try {
                refresh(r);
                return r;
            } catch (Exception e) {
                // reset platform or revoked grant: sign in again
            }
        }
        for (String base : identityBases) {
            if (exhaustedBases.containsKey(base)) {
                continue;
            }
            try {
                if (signInWithCode(r, base)) {
                    return r;
                }
                return null;
            } catch (RateLimited e) {
                exhaustedBases.put(base, true);
            } catch (Exception e) {
                System.err.println("  sign-in of " + phone + " failed: " + e.getMessage());
                return null;
            }
        }
        System.err.println("  sign-in of " + phone + " refused: identity-service's code limit per client address is "
                + "used up (20 per 15 min); wait, or start the platform with --identity.otp.per-ip-limit=1000");
        return null;
    }

    private static final class RateLimited extends Exception {
        RateLimited(String message) {
            super(message);
        }
    }

    private boolean signInWithCode(Resident r, String base) throws Exception {
        String e164 = "+84" + r.phone.substring(1);
        List<JsonNode> before = sink(e164);
        if (before.size() >= SINK_LIMIT) {
            System.err.println("  " + r.phone + " skipped: its local SMS sink is full (" + SINK_LIMIT
                    + " messages), a new code would not be listed; use another --phone-base");
            return false;
        }
        HttpResponse<String> otp = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/otp"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        Map.of("phone", r.phone, "clientId", CLIENT_ID))))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (otp.statusCode() == 429) {
            throw new RateLimited(otp.body());
        }
        if (otp.statusCode() != 202) {
            throw new IOException("code request answered " + otp.statusCode() + " " + otp.body());
        }
        String challenge = json.readTree(otp.body()).path("challengeId").asString();
        String code = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (code == null && System.nanoTime() < deadline) {
            Thread.sleep(500);
            List<JsonNode> now = sink(e164);
            for (int i = now.size() - 1; i >= before.size(); i--) {
                String text = now.get(i).path("text").asString();
                Matcher m = CODE.matcher(text);
                if (!text.contains("DL-") && m.find()) {
                    code = m.group(1);
                    break;
                }
            }
        }
        if (code == null) {
            throw new IOException("no code arrived in the local SMS sink within 60 s");
        }
        r.identityBase = base;
        token(r, form("client_id", CLIENT_ID, "grant_type", PHONE_GRANT, "challenge_id", challenge, "code", code));
        return true;
    }

    /**
     * Asks for a sign-in code for {@code phone} (a phone with no account yet is fine) and returns the milliseconds
     * until it is in the local SMS sink, polled every 50 ms; -1 when it did not come within {@code timeout}.
     */
    long codeDeliveryMillis(String phone, Duration timeout) throws Exception {
        String e164 = "+84" + phone.substring(1);
        int before = sink(e164).size();
        long start = System.nanoTime();
        HttpResponse<String> otp = http.send(HttpRequest.newBuilder(
                        URI.create(identityBases.get(0) + "/api/v1/auth/otp"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        Map.of("phone", phone, "clientId", CLIENT_ID))))
                .timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
        if (otp.statusCode() != 202) {
            throw new IOException("code request answered " + otp.statusCode() + " " + otp.body());
        }
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<JsonNode> now = sink(e164);
            for (int i = now.size() - 1; i >= before; i--) {
                if (CODE.matcher(now.get(i).path("text").asString()).find()) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
            }
            Thread.sleep(50);
        }
        return -1;
    }

    private List<JsonNode> sink(String e164) throws Exception {
        String url = notificationUrl + "/api/v1/local-sinks?channel=SMS&address="
                + URLEncoder.encode(e164, StandardCharsets.UTF_8);
        HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IOException("local sink answered " + resp.statusCode());
        }
        List<JsonNode> out = new ArrayList<>();
        json.readTree(resp.body()).values().forEach(out::add);
        return out;
    }

    private void refresh(Resident r) throws Exception {
        token(r, form("client_id", CLIENT_ID, "grant_type", "refresh_token", "refresh_token", r.refreshToken));
    }

    private void token(Resident r, String form) throws Exception {
        HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(r.identityBase + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(90)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IOException("token endpoint answered " + resp.statusCode() + " " + resp.body());
        }
        JsonNode body = json.readTree(resp.body());
        r.accessToken = body.path("access_token").asString();
        if (body.hasNonNull("refresh_token")) {
            r.refreshToken = body.path("refresh_token").asString();
        }
        r.expiresAt = Instant.now().plusSeconds(body.path("expires_in").asLong(600));
    }

    private static String form(String... pairs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (i > 0) {
                sb.append('&');
            }
            sb.append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    /** Renews every token that expires within 3 minutes, every 20 seconds, in the background. */
    void keepSignedIn() {
        renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "token-renewer");
            t.setDaemon(true);
            return t;
        });
        renewer.scheduleWithFixedDelay(() -> {
            boolean changed = false;
            for (Resident r : List.copyOf(signedIn)) {
                if (Instant.now().plus(RENEW_BEFORE).isAfter(r.expiresAt)) {
                    try {
                        refresh(r);
                        changed = true;
                    } catch (Exception e) {
                        System.err.println("  token renewal of " + r.phone + " failed: " + e.getMessage());
                        if (String.valueOf(e.getMessage()).contains("invalid_grant")) {
                            // a renewal that timed out on our side may have rotated the refresh token on the server:
                            // the one we hold is spent, so sign in again with a code
                            changed |= signInAgain(r);
                        }
                    }
                }
            }
            if (changed) {
                writeCache();
            }
        }, 20, 20, TimeUnit.SECONDS);
    }

    private boolean signInAgain(Resident r) {
        for (String base : identityBases) {
            if (exhaustedBases.containsKey(base)) {
                continue;
            }
            try {
                if (signInWithCode(r, base)) {
                    System.err.println("  " + r.phone + " signed in again with a code");
                    return true;
                }
                return false;
            } catch (RateLimited e) {
                exhaustedBases.put(base, true);
            } catch (Exception e) {
                System.err.println("  sign-in of " + r.phone + " failed again: " + e.getMessage());
                return false;
            }
        }
        return false;
    }

    private Map<String, String> readCache() {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            if (Files.exists(cacheFile)) {
                json.readTree(cacheFile.toFile()).properties()
                        .forEach(e -> out.put(e.getKey(), e.getValue().asString()));
            }
        } catch (RuntimeException e) {
            System.err.println("  token cache " + cacheFile + " unreadable, ignored: " + e.getMessage());
        }
        return out;
    }

    private synchronized void writeCache() {
        Map<String, String> out = new LinkedHashMap<>(readCache());
        for (Resident r : List.copyOf(signedIn)) {
            out.put(r.phone, r.refreshToken);
        }
        try {
            if (cacheFile.getParent() != null) {
                Files.createDirectories(cacheFile.getParent());
            }
            json.writeValue(cacheFile.toFile(), out);
        } catch (IOException | RuntimeException e) {
            System.err.println("  token cache " + cacheFile + " not written: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (renewer != null) {
            renewer.shutdownNow();
        }
        writeCache();
    }
}
