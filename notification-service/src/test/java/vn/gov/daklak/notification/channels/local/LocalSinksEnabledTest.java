package vn.gov.daklak.notification.channels.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The public {@code /api/v1/local-sinks} endpoint exists only while Zalo, SMS or e-mail is on the local sink. */
class LocalSinksEnabledTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(MongoTemplate.class, () -> mock(MongoTemplate.class))
            .withBean(Clock.class, Clock::systemUTC)
            .withUserConfiguration(MongoLocalSinkRepository.class, LocalSinkProvider.class, LocalSinkController.class);

    @Test
    void theEmbeddedDefaultHasTheEndpoint() {
        context.run(app -> assertThat(app).hasSingleBean(LocalSinkController.class)
                .hasSingleBean(LocalSinkProvider.class));
        context.withPropertyValues("notification.channels.zalo.provider=local",
                        "notification.channels.sms.provider=local", "notification.channels.email.provider=local",
                        "notification.channels.in-app.provider=local")
                .run(app -> assertThat(app).hasSingleBean(LocalSinkController.class));
    }

    @Test
    void oneChannelLeftOnTheLocalSinkKeepsIt() {
        context.withPropertyValues("notification.channels.zalo.provider=zalo-zns",
                        "notification.channels.sms.provider=sms-gateway")
                .run(app -> assertThat(app).hasSingleBean(LocalSinkController.class));
    }

    @Test
    void withRealProvidersForZaloSmsAndEmailThereIsNoEndpoint() {
        context.withPropertyValues("notification.channels.zalo.provider=zalo-zns",
                        "notification.channels.sms.provider=sms-gateway", "notification.channels.email.provider=smtp",
                        "notification.channels.in-app.provider=local")
                .run(app -> assertThat(app).doesNotHaveBean(LocalSinkController.class)
                        .as("in-app messages are still kept by the local provider").hasSingleBean(
                                LocalSinkProvider.class));
    }
}
