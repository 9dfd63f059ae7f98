package vn.gov.daklak.notification.channels;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import vn.gov.daklak.contracts.notification.Channel;

/**
 * Matches while at least one channel that reaches a person outside (Zalo, SMS, e-mail) delivers through the local
 * sink: {@code notification.channels.<zalo|sms|email>.provider} is {@code local} or unset (the embedded default).
 * The public endpoint {@code GET /api/v1/local-sinks} exists only then, so that with real providers nobody reads
 * messages (sign-in codes among them) over HTTP. The in-app channel does not count: it has no other provider than
 * {@code local} (the inbox itself is the {@code notifications} collection), so the local provider always exists.
 */
public class LocalSinksEnabled extends SpringBootCondition {
    static final String LOCAL = "local";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Map<Channel, String> configured = Binder.get(context.getEnvironment())
                .bind("notification", ChannelsProperties.class)
                .map(ChannelsProperties::providerNames).orElse(Map.of());
        String local = Arrays.stream(Channel.values()).filter(channel -> channel != Channel.IN_APP)
                .filter(channel -> LOCAL.equals(configured.getOrDefault(channel, LOCAL)))
                .map(Channel::name).collect(Collectors.joining(", "));
        return local.isEmpty()
                ? ConditionOutcome.noMatch("Zalo, SMS and e-mail have real providers")
                : ConditionOutcome.match("channels on the local sink: " + local);
    }
}
