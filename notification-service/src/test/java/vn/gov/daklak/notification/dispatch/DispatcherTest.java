package vn.gov.daklak.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.NotificationDelivered;
import vn.gov.daklak.contracts.notification.NotificationFailed;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.platform.test.MutableClock;
import vn.gov.daklak.notification.channels.ChannelProvider;
import vn.gov.daklak.notification.channels.ChannelSender;
import vn.gov.daklak.notification.channels.ChannelSenders;
import vn.gov.daklak.notification.channels.DeliveryException;
import vn.gov.daklak.notification.channels.OutgoingMessage;
import vn.gov.daklak.notification.channels.SendReceipt;
import vn.gov.daklak.notification.recipients.Recipient;
import vn.gov.daklak.notification.templates.RenderedMessage;

class DispatcherTest {
    private static final Recipient CITIZEN = new Recipient(RecipientKind.CITIZEN, "reporter:r-1", Channel.SMS,
            "0912345678", "vi");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T03:00:00Z"));
    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final ScriptedProvider provider = new ScriptedProvider();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final DispatchProperties properties = new DispatchProperties(3, Duration.ofSeconds(30),
            Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofSeconds(5), 100);
    private final Dispatcher dispatcher = new Dispatcher(notifications,
            ChannelSenders.select(Map.of(), List.of(provider)), properties, clock, meters);

    @Test
    void newNotificationIsSentAndItsOutcomeRecordedWithItsEvent() {
        Notification notification = pending("ev-1", "report.received", 0);

        assertThat(dispatcher.submit(notification)).isTrue();

        Notification stored = notifications.findById(notification.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.providerMessageId()).isEqualTo("p-" + notification.id());
        assertThat(provider.sent).extracting(OutgoingMessage::text).containsExactly("text of report.received");
        assertThat(notifications.outbox).singleElement().isInstanceOfSatisfying(NotificationDelivered.class, e -> {
            assertThat(e.notificationId()).isEqualTo(notification.id());
            assertThat(e.reportId()).isEqualTo("r-1");
            assertThat(e.templateKey()).isEqualTo("report.received");
        });
        assertThat(count("sent")).isEqualTo(1.0);
    }

    @Test
    void sameEventRecipientAndChannelIsHandledOnce() {
        assertThat(dispatcher.submit(pending("ev-1", "report.received", 0))).isTrue();
        assertThat(dispatcher.submit(pending("ev-1", "report.received", 0))).isFalse();

        assertThat(provider.sent).hasSize(1);
        assertThat(pending("ev-1", "report.received", 0).id()).isEqualTo(pending("ev-1", "x", 5).id())
                .isNotEqualTo(pending("ev-2", "report.received", 0).id());
    }

    @Test
    void transientFailureIsRetriedAfterBackOffThenGivenUp() {
        provider.failures.add(new DeliveryException("gateway timeout", false));
        provider.failures.add(new DeliveryException("gateway timeout", false));
        provider.failures.add(new DeliveryException("gateway timeout", false));
        Notification notification = pending("ev-1", "report.received", 0);

        dispatcher.submit(notification);
        assertThat(status(notification)).isEqualTo(NotificationStatus.PENDING);
        clock.advance(Duration.ofSeconds(9));
        dispatcher.sweep();
        assertThat(notifications.findById(notification.id()).orElseThrow().attempts()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        dispatcher.sweep();
        assertThat(notifications.findById(notification.id()).orElseThrow().attempts()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(20));
        dispatcher.sweep();

        Notification failed = notifications.findById(notification.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(notifications.outbox).singleElement().isInstanceOfSatisfying(NotificationFailed.class, e -> {
            assertThat(e.permanent()).isFalse();
            assertThat(e.reason()).contains("gave up after 3 attempts").contains("gateway timeout");
        });
        assertThat(count("retry")).isEqualTo(2.0);
        assertThat(count("failed")).isEqualTo(1.0);
    }

    @Test
    void permanentFailureIsNotRetried() {
        provider.failures.add(new DeliveryException("number does not exist", true));
        Notification notification = pending("ev-1", "report.received", 0);

        dispatcher.submit(notification);

        assertThat(status(notification)).isEqualTo(NotificationStatus.FAILED);
        assertThat(notifications.outbox).singleElement().isInstanceOfSatisfying(NotificationFailed.class,
                e -> assertThat(e.permanent()).isTrue());
    }

    @Test
    void olderPendingNotificationOfTheReportGoesFirstAndHoldsBackLaterOnesWhileItCannotGo() {
        Notification older = pending("ev-1", "report.received", 0);
        notifications.insert(older); // left PENDING by a crash
        provider.failures.add(new DeliveryException("gateway timeout", false));
        clock.advance(Duration.ofMillis(5));
        Notification later = pending("ev-2", "report.routed", 1);

        dispatcher.submit(later);
        assertThat(status(older)).isEqualTo(NotificationStatus.PENDING);
        assertThat(status(later)).isEqualTo(NotificationStatus.PENDING);
        assertThat(provider.sent).isEmpty();

        clock.advance(Duration.ofSeconds(10));
        dispatcher.sweep();

        assertThat(provider.sent).extracting(OutgoingMessage::templateKey)
                .containsExactly("report.received", "report.routed");
        assertThat(notifications.outbox).extracting(e -> ((NotificationDelivered) e).templateKey())
                .containsExactly("report.received", "report.routed");
    }

    @Test
    void sweepLeavesYoungNotificationsToTheirCreatorAndSendsEachOnce() {
        Notification crashed = pending("ev-1", "report.received", 0);
        notifications.insert(crashed);

        dispatcher.sweep();
        assertThat(provider.sent).isEmpty();

        clock.advance(Duration.ofSeconds(6));
        dispatcher.sweep();
        dispatcher.sweep();
        assertThat(provider.sent).hasSize(1);
        assertThat(status(crashed)).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void notificationBeingSentElsewhereIsNotClaimedTwice() {
        Notification notification = pending("ev-1", "report.received", 0);
        notifications.insert(notification);
        notifications.claim(notification.id(), clock.instant(), clock.instant().plusSeconds(30));

        clock.advance(Duration.ofSeconds(10));
        dispatcher.sweep();
        assertThat(provider.sent).isEmpty();

        clock.advance(Duration.ofSeconds(25));
        dispatcher.sweep();
        assertThat(provider.sent).hasSize(1);
    }

    @Test
    void unsendableNotificationIsRecordedAsFailedWithItsEvent() {
        Notification unsendable = Notification.unsendable("request:q-1", null, CITIZEN, "no.such", "unknown template",
                clock.instant());

        assertThat(dispatcher.reject(unsendable)).isTrue();

        assertThat(status(unsendable)).isEqualTo(NotificationStatus.FAILED);
        assertThat(notifications.outbox).singleElement().isInstanceOfSatisfying(NotificationFailed.class, e -> {
            assertThat(e.permanent()).isTrue();
            assertThat(e.reason()).isEqualTo("unknown template");
        });
        assertThat(unsendable.eventKey()).isEqualTo(unsendable.id());
    }

    private Notification pending(String eventId, String templateKey, long sequence) {
        return Notification.pending(eventId, "r-1", CITIZEN,
                new RenderedMessage(templateKey, Map.of(), "text of " + templateKey), sequence, clock.instant());
    }

    private NotificationStatus status(Notification notification) {
        return notifications.findById(notification.id()).orElseThrow().status();
    }

    private double count(String outcome) {
        var counter = meters.find("notification.sent").tag("channel", "SMS").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    /** A provider for every channel that fails as scripted, then accepts. */
    static class ScriptedProvider implements ChannelProvider {
        final Queue<DeliveryException> failures = new ArrayDeque<>();
        final List<OutgoingMessage> sent = new ArrayList<>();

        @Override
        public String name() {
            return "local";
        }

        @Override
        public Set<Channel> supportedChannels() {
            return EnumSet.allOf(Channel.class);
        }

        @Override
        public ChannelSender senderFor(Channel channel) {
            return new ChannelSender() {
                @Override
                public Channel channel() {
                    return channel;
                }

                @Override
                public String provider() {
                    return "scripted";
                }

                @Override
                public SendReceipt send(OutgoingMessage message) {
                    DeliveryException failure = failures.poll();
                    if (failure != null) {
                        throw failure;
                    }
                    sent.add(message);
                    return new SendReceipt("p-" + message.notificationId());
                }
            };
        }
    }
}
