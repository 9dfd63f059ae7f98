package vn.gov.daklak.identity.clients;

import java.util.List;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import vn.gov.daklak.platform.security.SubjectType;

/** Platform settings carried in a {@link RegisteredClient}'s client settings, read when tokens are made. */
public final class ClientSettingNames {
    static final String AUDIENCES = "daklak.audiences";
    static final String CHANNEL = "daklak.channel";
    static final String SIGNS_IN = "daklak.signs-in";
    static final String ROLES = "daklak.roles";
    static final String RATE_LIMIT = "daklak.rate-limit-per-minute";

    private ClientSettingNames() {
    }

    public static List<String> audiences(RegisteredClient client) {
        List<String> audiences = client.getClientSettings().getSetting(AUDIENCES);
        return audiences == null ? List.of() : audiences;
    }

    public static String channel(RegisteredClient client) {
        return client.getClientSettings().getSetting(CHANNEL);
    }

    /** Whom the phone-code grant signs in through this client; null for nobody. */
    public static SubjectType signsIn(RegisteredClient client) {
        String value = client.getClientSettings().getSetting(SIGNS_IN);
        return value == null ? null : SubjectType.valueOf(value);
    }

    public static List<String> roles(RegisteredClient client) {
        List<String> roles = client.getClientSettings().getSetting(ROLES);
        return roles == null ? List.of() : roles;
    }

    public static int rateLimitPerMinute(RegisteredClient client) {
        Integer limit = client.getClientSettings().getSetting(RATE_LIMIT);
        return limit == null ? 60 : limit;
    }
}
