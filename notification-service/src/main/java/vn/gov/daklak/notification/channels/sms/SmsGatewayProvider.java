package vn.gov.daklak.notification.channels.sms;

import java.time.Clock;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.notification.channels.ChannelProvider;
import vn.gov.daklak.notification.channels.ChannelSender;
import vn.gov.daklak.notification.channels.http.ProviderHttp;
import vn.gov.daklak.notification.channels.resilience.ProviderResilience;

/** Provider {@code sms-gateway}: an HTTP brandname SMS gateway, for the SMS channel. */
public class SmsGatewayProvider implements ChannelProvider {
    private final SmsGatewayProperties profile;
    private final JsonMapper json;
    private final Clock clock;
    private final ProviderResilience resilience;

    public SmsGatewayProvider(SmsGatewayProperties profile, JsonMapper json, Clock clock,
                              ProviderResilience resilience) {
        this.profile = profile;
        this.json = json;
        this.clock = clock;
        this.resilience = resilience;
    }

    @Override
    public String name() {
        return SmsGatewaySender.PROVIDER;
    }

    @Override
    public Set<Channel> supportedChannels() {
        return Set.of(Channel.SMS);
    }

    /** @throws IllegalStateException at start-up when SMS selects the gateway but it has no URL or credentials */
    @Override
    public ChannelSender senderFor(Channel channel) {
        if (profile.url() == null) {
            throw new IllegalStateException("notification.providers.sms-gateway.url is not set");
        }
        SmsGatewayProperties.Auth auth = profile.auth();
        boolean missing = switch (auth.scheme()) {
            case NONE -> false;
            case BEARER, API_KEY -> auth.token() == null || auth.token().isBlank();
            case BASIC -> auth.username() == null || auth.password() == null;
        };
        if (missing) {
            throw new IllegalStateException("notification.providers.sms-gateway.auth lacks credentials for "
                    + auth.scheme());
        }
        if (profile.maxParts() < 1) {
            throw new IllegalStateException("notification.providers.sms-gateway.max-parts must be at least 1");
        }
        ProviderHttp http = new ProviderHttp(name(), profile.resilience().connectTimeout(),
                profile.resilience().timeout(), clock);
        return resilience.protect(new SmsGatewaySender(profile, http, json), profile.resilience());
    }
}
