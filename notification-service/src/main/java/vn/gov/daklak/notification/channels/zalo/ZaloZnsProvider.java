package vn.gov.daklak.notification.channels.zalo;

import java.time.Clock;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.notification.channels.ChannelProvider;
import vn.gov.daklak.notification.channels.ChannelSender;
import vn.gov.daklak.notification.channels.http.ProviderHttp;
import vn.gov.daklak.notification.channels.resilience.ProviderResilience;

/** Provider {@code zalo-zns}: Zalo Notification Service template messages, for the ZALO channel. */
public class ZaloZnsProvider implements ChannelProvider {
    private final ZaloZnsProperties properties;
    private final ZaloTokens tokens;
    private final JsonMapper json;
    private final Clock clock;
    private final ProviderResilience resilience;

    public ZaloZnsProvider(ZaloZnsProperties properties, ZaloTokens tokens, JsonMapper json, Clock clock,
                           ProviderResilience resilience) {
        this.properties = properties;
        this.tokens = tokens;
        this.json = json;
        this.clock = clock;
        this.resilience = resilience;
    }

    @Override
    public String name() {
        return ZaloZnsSender.PROVIDER;
    }

    @Override
    public Set<Channel> supportedChannels() {
        return Set.of(Channel.ZALO);
    }

    /** @throws IllegalStateException at start-up when the channel selects Zalo but it is not configured */
    @Override
    public ChannelSender senderFor(Channel channel) {
        requireSet(properties.appId(), "app-id");
        requireSet(properties.secretKey(), "secret-key");
        if (blank(properties.refreshToken()) && blank(properties.accessToken())) {
            throw new IllegalStateException("notification.providers.zalo-zns needs a refresh-token (or access-token)");
        }
        if (properties.templates().isEmpty()) {
            throw new IllegalStateException("notification.providers.zalo-zns.templates lists no ZNS template");
        }
        ProviderHttp http = new ProviderHttp(name(), properties.resilience().connectTimeout(),
                properties.resilience().timeout(), clock);
        ZaloAccessTokens accessTokens = new ZaloAccessTokens(properties, tokens, http, json, clock);
        return resilience.protect(new ZaloZnsSender(properties, accessTokens, http, json), properties.resilience());
    }

    private static void requireSet(String value, String name) {
        if (blank(value)) {
            throw new IllegalStateException("notification.providers.zalo-zns." + name + " is not set");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
