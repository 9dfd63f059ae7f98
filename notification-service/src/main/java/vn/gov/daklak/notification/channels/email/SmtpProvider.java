package vn.gov.daklak.notification.channels.email;

import java.util.Set;
import java.util.function.Supplier;

import org.springframework.mail.javamail.JavaMailSender;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.notification.channels.ChannelProvider;
import vn.gov.daklak.notification.channels.ChannelSender;
import vn.gov.daklak.notification.channels.resilience.ProviderResilience;
import vn.gov.daklak.notification.templates.TemplateRenderer;

/** Provider {@code smtp}: e-mail through the SMTP server of {@code spring.mail.*}, for the EMAIL channel. */
public class SmtpProvider implements ChannelProvider {
    private final Supplier<JavaMailSender> mail;
    private final SmtpProperties properties;
    private final TemplateRenderer renderer;
    private final ProviderResilience resilience;

    /** @param mail null when {@code spring.mail.host} is not set */
    public SmtpProvider(Supplier<JavaMailSender> mail, SmtpProperties properties, TemplateRenderer renderer,
                        ProviderResilience resilience) {
        this.mail = mail;
        this.properties = properties;
        this.renderer = renderer;
        this.resilience = resilience;
    }

    @Override
    public String name() {
        return SmtpSender.PROVIDER;
    }

    @Override
    public Set<Channel> supportedChannels() {
        return Set.of(Channel.EMAIL);
    }

    /** @throws IllegalStateException at start-up when e-mail selects SMTP but no server is configured */
    @Override
    public ChannelSender senderFor(Channel channel) {
        JavaMailSender sender = mail.get();
        if (sender == null) {
            throw new IllegalStateException("notification.channels.email.provider=smtp needs spring.mail.host");
        }
        return resilience.protect(new SmtpSender(sender, properties, renderer), properties.resilience());
    }
}
