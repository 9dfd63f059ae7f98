package vn.gov.daklak.notification.channels;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.notification.channels.email.SmtpProperties;
import vn.gov.daklak.notification.channels.email.SmtpProvider;
import vn.gov.daklak.notification.channels.resilience.ProviderResilience;
import vn.gov.daklak.notification.channels.sms.SmsGatewayProperties;
import vn.gov.daklak.notification.channels.sms.SmsGatewayProvider;
import vn.gov.daklak.notification.channels.zalo.ZaloTokens;
import vn.gov.daklak.notification.channels.zalo.ZaloZnsProperties;
import vn.gov.daklak.notification.channels.zalo.ZaloZnsProvider;
import vn.gov.daklak.notification.templates.TemplateRenderer;

/**
 * The real providers. All are always defined; a provider checks its settings only when a channel selects it
 * ({@code notification.channels.<channel>.provider}), so an unconfigured one costs nothing and a misconfigured
 * selected one stops start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ZaloZnsProperties.class, SmsGatewayProperties.class, SmtpProperties.class})
class ProvidersConfiguration {

    @Bean
    ProviderResilience providerResilience(MeterRegistry meters) {
        return new ProviderResilience(meters);
    }

    @Bean
    ZaloZnsProvider zaloZnsProvider(ZaloZnsProperties properties, ZaloTokens tokens, JsonMapper json, Clock clock,
                                    ProviderResilience resilience) {
        return new ZaloZnsProvider(properties, tokens, json, clock, resilience);
    }

    @Bean
    SmsGatewayProvider smsGatewayProvider(SmsGatewayProperties profile, JsonMapper json, Clock clock,
                                          ProviderResilience resilience) {
        return new SmsGatewayProvider(profile, json, clock, resilience);
    }

    @Bean
    SmtpProvider smtpProvider(ObjectProvider<JavaMailSender> mail, SmtpProperties properties,
                              TemplateRenderer renderer, ProviderResilience resilience) {
        return new SmtpProvider(mail::getIfAvailable, properties, renderer, resilience);
    }
}
