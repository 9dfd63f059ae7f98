package vn.gov.daklak.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
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
import vn.gov.daklak.notification.channels.ChannelProvider;
import vn.gov.daklak.notification.channels.ChannelSender;
import vn.gov.daklak.notification.channels.ChannelSenders;
import vn.gov.daklak.notification.channels.DeliveryException;
import vn.gov.daklak.notification.channels.OutgoingMessage;
import vn.gov.daklak.notification.channels.SendReceipt;
import vn.gov.daklak.notification.recipients.QuietHours;
import vn.gov.daklak.notification.recipients.Recipient;
import vn.gov.daklak.notification.recipients.Route;
import vn.gov.daklak.notification.templates.RenderedMessage;
import vn.gov.daklak.platform.test.MutableClock;

class DispatcherTest {
    private static final Recipient CITIZEN = new Recipient(RecipientKind.CITIZEN, "reporter:r-1", Channel.SMS,
            "0912345678", "vi");
    private static final Recipient ON_ZALO = new Recipient(RecipientKind.CITIZEN, "reporter:r-1", "vi", List.of(
            new Route(Channel.ZALO, "0912345678"), new Route(Channel.SMS, "0912345678"),
            new Route(Channel.EMAIL, "hoa@example.vn")), null, Set.of());
    /** 10:00 in Đắk Lắk. */
    private static final Instant MORNING = Instant.parse("2026-11-28T03:00:00Z");
    /** 22:30 in Đắk Lắk. */
    private static final Instant LATE_EVENING = Instant.parse("2026-11-28T15:30:00Z");
    /** 07:00 the next morning in Đắk Lắk. */
    private static final Instant SEVEN_NEXT_MORNING = Instant.parse("2026-11-29T00:00:00Z");

    private final MutableClock clock = new MutableClock(MORNING);
    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final ScriptedProvider provider = new ScriptedProvider();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final DispatchProperties properties = new DispatchProperties(3, Duration.ofSeconds(30),
            Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofSeconds(5), 100, 1, 1, 10);
    private final Dispatcher dispatcher = new Dispatcher(notifications,
            ChannelSenders.select(Map.of(), List.of(provider)), properties, quietHours(true), clock, meters);

    @Test
    void newNotificationIsSentAndItsOutcomeRecordedWithItsEvent() {
        Notification notification = pending("ev-1", "report.received", 0);

        assertThat(dispatcher.submit(notification)).isTrue();

        Notification stored = notifications.findById(notification.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.provider()).isEqualTo("scripted");
        assertThat(stored.providerMessageId()).isEqualTo("p-" + notification.id());
        assertThat(provider.sent).extracting(OutgoingMessage::text).containsExactly("text of report.received");
        assertThat(notifications.outbox).singleElement().isInstanceOfSatisfying(NotificationDelivered.class, e -> {
            assertThat(e.notificationId()).isEqualTo(notification.id());
            assertThat(e.reportId()).isEqualTo("r-1");
            assertThat(e.templateKey()).isEqualTo("report.received");
        });
        assertThat(count("SMS", "sent")).isEqualTo(1.0);
    }

    @Test
    void theCallerDoesNotWaitForTheProviderAndStoppingWorkersLeaveItToTheRecoverySweep() {
        TimedLanes handedOver = new TimedLanes(false);
        Dispatcher async = new Dispatcher(notifications, ChannelSenders.select(Map.of(), List.of(provider)),
                properties, quietHours(true), clock, meters, handedOver);
        Notification first = pending("ev-1", "report.received", 0);

        assertThat(async.submit(first)).isTrue();
        assertThat(provider.sent).isEmpty();
        handedOver.runHandedOver();
        assertThat(status(first)).isEqualTo(NotificationStatus.SENT);

        Dispatcher busy = new Dispatcher(notifications, ChannelSenders.select(Map.of(), List.of(provider)),
                properties, quietHours(true), clock, meters, new TimedLanes(false) {
                    @Override
                    public void execute(boolean urgent, Runnable task) {
                        throw new java.util.concurrent.RejectedExecutionException("shutting down");
                    }
                });
        Notification second = pending("ev-2", "report.routed", 1);
        assertThat(busy.submit(second)).isTrue();
        assertThat(status(second)).isEqualTo(NotificationStatus.PENDING);
        clock.advance(Duration.ofSeconds(6));
        busy.sweep();
        assertThat(status(second)).isEqualTo(NotificationStatus.SENT);
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
        provider.fail(Channel.SMS, transientFailure(), transientFailure(), transientFailure());
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
        assertThat(count("SMS", "retry")).isEqualTo(2.0);
        assertThat(count("SMS", "failed")).isEqualTo(1.0);
    }

    @Test
    void aNotificationThatANewerOneOfItsQueueDeliveredIsNotSentAgainByItsOwnWorker() {
        TimedLanes lanes = new TimedLanes(false);
        Dispatcher async = new Dispatcher(notifications, ChannelSenders.select(Map.of(), List.of(provider)),
                properties, quietHours(true), clock, meters, lanes);
        Notification received = pending("ev-1", "report.received", 0);
        Notification routed = pending("ev-2", "report.routed", 1);

        async.submit(received); // nothing older in its queue: its worker will not read the queue
        async.submit(routed); // behind "received": its worker delivers the queue in order
        lanes.runHandedOverNewestFirst();

        assertThat(provider.sent).extracting(OutgoingMessage::text)
                .containsExactly("text of report.received", "text of report.routed");
        assertThat(status(received)).isEqualTo(NotificationStatus.SENT);
        assertThat(status(routed)).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void aRetryIsATimerAtItsBackOffNotAPollOfTheDatabase() {
        TimedLanes lanes = new TimedLanes(true);
        Dispatcher timed = new Dispatcher(notifications, ChannelSenders.select(Map.of(), List.of(provider)),
                properties, quietHours(true), clock, meters, lanes);
        provider.fail(Channel.SMS, transientFailure());
        Notification notification = pending("ev-1", "report.received", 0);

        timed.submit(notification);

        assertThat(status(notification)).isEqualTo(NotificationStatus.PENDING);
        assertThat(lanes.timers).extracting(Timer::at).containsExactly(MORNING.plusSeconds(10));
        clock.advance(Duration.ofSeconds(10));
        lanes.fireDue();
        assertThat(status(notification)).isEqualTo(NotificationStatus.SENT);
        assertThat(provider.sent).hasSize(1);
    }

    @Test
    void aMessageHeldByQuietHoursIsATimerUntilTheMorning() {
        TimedLanes lanes = new TimedLanes(true);
        Dispatcher timed = new Dispatcher(notifications, ChannelSenders.select(Map.of(), List.of(provider)),
                properties, quietHours(true), clock, meters, lanes);
        clock.set(LATE_EVENING);
        Notification notification = pending("ev-1", "report.resolved", 0);

        timed.submit(notification);

        assertThat(lanes.timers).extracting(Timer::at).containsExactly(SEVEN_NEXT_MORNING);
        clock.set(SEVEN_NEXT_MORNING);
        lanes.fireDue();
        assertThat(provider.sent).hasSize(1);
        assertThat(status(notification)).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void providersRetryAfterIsHonouredWhenLongerThanTheBackOff() {
        provider.fail(Channel.SMS, DeliveryException.throttled("HTTP 429", Duration.ofMinutes(2)));
        Notification notification = pending("ev-1", "report.received", 0);

        dispatcher.submit(notification);

        assertThat(notifications.leaseOf(notification.id())).isEqualTo(MORNING.plus(Duration.ofMinutes(2)));
        clock.advance(Duration.ofSeconds(119));
        dispatcher.sweep();
        assertThat(provider.sent).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        dispatcher.sweep();
        assertThat(status(notification)).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void permanentFailureIsNotRetried() {
        provider.fail(Channel.SMS, DeliveryException.permanentFailure("number does not exist"));
        Notification notification = pending("ev-1", "report.received", 0);

        dispatcher.submit(notification);

        assertThat(status(notification)).isEqualTo(NotificationStatus.FAILED);
        assertThat(provider.calls).isEqualTo(1);
        assertThat(notifications.outbox).singleElement().isInstanceOfSatisfying(NotificationFailed.class,
                e -> assertThat(e.permanent()).isTrue());
    }

    @Test
    void permanentFailureOnZaloFallsBackToSmsAtOnce() {
        provider.fail(Channel.ZALO, DeliveryException.permanentFailure("zalo-zns: ZNS error -118 not a Zalo user"));
        Notification notification = Notification.pending("ev-1", "r-1", ON_ZALO, message("report.received"), 0,
                clock.instant());

        dispatcher.submit(notification);

        Notification sent = notifications.findById(notification.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.channel()).isEqualTo(Channel.SMS);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.channelFailures()).singleElement().satisfies(f -> {
            assertThat(f.channel()).isEqualTo(Channel.ZALO);
            assertThat(f.permanent()).isTrue();
            assertThat(f.reason()).contains("-118");
        });
        assertThat(notifications.outbox).singleElement().isInstanceOfSatisfying(NotificationDelivered.class,
                e -> assertThat(e.channel()).isEqualTo(Channel.SMS));
        assertThat(count("ZALO", "fallback")).isEqualTo(1.0);
    }

    @Test
    void openCircuitFallsBackWithoutWaitingButTransientFailuresAreRetriedOnTheSameChannelFirst() {
        provider.fail(Channel.ZALO, DeliveryException.unavailable("circuit breaker open", null));
        Notification first = Notification.pending("ev-1", "r-1", ON_ZALO, message("report.received"), 0,
                clock.instant());
        dispatcher.submit(first);
        assertThat(notifications.findById(first.id()).orElseThrow().channel()).isEqualTo(Channel.SMS);

        provider.fail(Channel.ZALO, transientFailure());
        Notification second = Notification.pending("ev-2", "r-1", ON_ZALO, message("report.routed"), 1,
                clock.instant().plusMillis(1));
        dispatcher.submit(second);
        assertThat(status(second)).isEqualTo(NotificationStatus.PENDING);
        clock.advance(Duration.ofSeconds(10));
        dispatcher.sweep();
        assertThat(notifications.findById(second.id()).orElseThrow().channel()).isEqualTo(Channel.ZALO);
        assertThat(status(second)).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void channelThatKeepsFailingIsGivenUpAfterMaxAttemptsForTheNext() {
        provider.fail(Channel.ZALO, transientFailure(), transientFailure(), transientFailure());
        Notification notification = Notification.pending("ev-1", "r-1", ON_ZALO, message("report.received"), 0,
                clock.instant());

        dispatcher.submit(notification);
        clock.advance(Duration.ofSeconds(10));
        dispatcher.sweep();
        clock.advance(Duration.ofSeconds(20));
        dispatcher.sweep();

        Notification sent = notifications.findById(notification.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.channel()).isEqualTo(Channel.SMS);
        assertThat(sent.channelFailures()).singleElement().satisfies(f ->
                assertThat(f.reason()).startsWith("gave up after 3 attempts"));
    }

    @Test
    void whenEveryChannelFailsTheFailureIsVisibleAndNamesEachChannel() {
        provider.fail(Channel.ZALO,
                DeliveryException.permanentFailure("zalo-zns: ZNS error -108 Phone number invalid"));
        provider.fail(Channel.SMS, DeliveryException.permanentFailure("sms-gateway: not a Vietnamese mobile number"));
        provider.fail(Channel.EMAIL, DeliveryException.permanentFailure("smtp: not an e-mail address"));
        Notification notification = Notification.pending("ev-1", "r-1", ON_ZALO, message("report.received"), 0,
                clock.instant());

        dispatcher.submit(notification);

        Notification failed = notifications.findById(notification.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.channelFailures()).extracting(ChannelFailure::channel)
                .containsExactly(Channel.ZALO, Channel.SMS, Channel.EMAIL);
        assertThat(notifications.outbox).singleElement().isInstanceOfSatisfying(NotificationFailed.class, e -> {
            assertThat(e.permanent()).isTrue();
            assertThat(e.reason()).isEqualTo("ZALO: zalo-zns: ZNS error -108 Phone number invalid; SMS: sms-gateway: "
                    + "not a Vietnamese mobile number; EMAIL: smtp: not an e-mail address");
        });
    }

    @Test
    void nonUrgentSmsAtNightIsHeldUntilSevenInTheMorningThenSentOnce() {
        clock.set(LATE_EVENING);
        Notification notification = pending("ev-1", "report.resolved", 0);

        dispatcher.submit(notification);

        Notification held = notifications.findById(notification.id()).orElseThrow();
        assertThat(held.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(held.heldUntil()).isEqualTo(SEVEN_NEXT_MORNING);
        assertThat(held.attempts()).isZero();
        assertThat(count("SMS", "held")).isEqualTo(1.0);

        clock.set(SEVEN_NEXT_MORNING.minusSeconds(60)); // 06:59
        dispatcher.sweep();
        assertThat(provider.sent).isEmpty();

        clock.set(SEVEN_NEXT_MORNING);
        dispatcher.sweep();
        dispatcher.sweep();
        assertThat(provider.sent).hasSize(1);
        assertThat(notifications.findById(notification.id()).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void urgentMessagesAndEmailGoAtOnceInQuietHours() {
        clock.set(LATE_EVENING);
        Notification urgent = Notification.pending("request:otp-1", null, CITIZEN,
                message("otp.code"), 0, true, clock.instant());
        Notification email = Notification.pending("ev-2", "r-2", new Recipient(RecipientKind.CITIZEN,
                "reporter:r-2", Channel.EMAIL, "hoa@example.vn", "vi"), message("report.closed"), 0, clock.instant());

        dispatcher.submit(urgent);
        dispatcher.submit(email);

        assertThat(status(urgent)).isEqualTo(NotificationStatus.SENT);
        assertThat(status(email)).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void heldMessageDoesNotHoldBackAnUrgentOneForTheSamePerson() {
        clock.set(LATE_EVENING);
        Notification routine = pending("ev-1", "staff.assigned", 0);
        Notification urgent = Notification.pending("ev-2", "r-1", CITIZEN, message("staff.escalated"), 1, true,
                clock.instant().plusMillis(1));

        dispatcher.submit(routine);
        dispatcher.submit(urgent);

        assertThat(status(routine)).isEqualTo(NotificationStatus.PENDING);
        assertThat(status(urgent)).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void residentsOwnQuietHoursReplaceTheServices() {
        Recipient earlyRiser = new Recipient(RecipientKind.CITIZEN, "reporter:r-1", "vi",
                List.of(new Route(Channel.SMS, "0912345678")),
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(5, 0)), Set.of());
        clock.set(Instant.parse("2026-11-28T14:30:00Z")); // 21:30: inside the standard window, not in theirs

        Notification notification = Notification.pending("ev-1", "r-1", earlyRiser, message("report.routed"), 0,
                clock.instant());
        dispatcher.submit(notification);

        assertThat(status(notification)).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void olderPendingNotificationOfTheSamePersonGoesFirstAndHoldsBackLaterOnesWhileItCannotGo() {
        Notification older = pending("ev-1", "report.received", 0);
        notifications.insert(older); // left PENDING by a crash
        provider.fail(Channel.SMS, transientFailure());
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
    void anotherRecipientOfTheSameReportDoesNotWaitForTheResident() {
        provider.fail(Channel.SMS, transientFailure());
        Notification resident = pending("ev-1", "report.routed", 1);
        dispatcher.submit(resident);

        Notification staff = Notification.pending("ev-1", "r-1", new Recipient(RecipientKind.STAFF, "staff-1",
                Channel.EMAIL, "cb@daklak.gov.vn", "vi"), message("staff.assigned"), 0, clock.instant());
        dispatcher.submit(staff);

        assertThat(status(resident)).isEqualTo(NotificationStatus.PENDING);
        assertThat(status(staff)).isEqualTo(NotificationStatus.SENT);
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

    static QuietHoursProperties quietHours(boolean enabled) {
        return new QuietHoursProperties(enabled, LocalTime.of(21, 0), LocalTime.of(7, 0),
                ZoneId.of("Asia/Ho_Chi_Minh"), EnumSet.of(Channel.SMS, Channel.ZALO));
    }

    private Notification pending(String eventId, String templateKey, long sequence) {
        return Notification.pending(eventId, "r-1", CITIZEN, message(templateKey), sequence, clock.instant());
    }

    private static RenderedMessage message(String templateKey) {
        return new RenderedMessage(templateKey, Map.of(), "text of " + templateKey);
    }

    private static DeliveryException transientFailure() {
        return DeliveryException.transientFailure("gateway timeout");
    }

    private NotificationStatus status(Notification notification) {
        return notifications.findById(notification.id()).orElseThrow().status();
    }

    private double count(String channel, String outcome) {
        var counter = meters.find("notification.sent").tag("channel", channel).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    /** A provider for every channel that fails as scripted per channel, then accepts. */
    static class ScriptedProvider implements ChannelProvider {
        final Map<Channel, Queue<DeliveryException>> failures = new EnumMap<>(Channel.class);
        final List<OutgoingMessage> sent = new ArrayList<>();
        int calls;

        void fail(Channel channel, DeliveryException... exceptions) {
            failures.computeIfAbsent(channel, c -> new ArrayDeque<>()).addAll(List.of(exceptions));
        }

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
                    calls++;
                    DeliveryException failure = failures.getOrDefault(channel, new ArrayDeque<>()).poll();
                    if (failure != null) {
                        throw failure;
                    }
                    sent.add(message);
                    return new SendReceipt("p-" + message.notificationId());
                }
            };
        }
    }

    private record Timer(Instant at, Runnable task) {
    }

    /** Lanes whose tasks run when the test says: handed-over ones at once or on demand, timers when due. */
    private class TimedLanes implements DeliveryLanes {
        final List<Timer> timers = new ArrayList<>();
        private final List<Runnable> handedOver = new ArrayList<>();
        private final boolean runAtOnce;

        TimedLanes(boolean runAtOnce) {
            this.runAtOnce = runAtOnce;
        }

        @Override
        public void execute(boolean urgent, Runnable task) {
            if (runAtOnce) {
                task.run();
            } else {
                handedOver.add(task);
            }
        }

        @Override
        public void executeAt(boolean urgent, Instant at, Runnable task) {
            timers.add(new Timer(at, task));
        }

        void runHandedOver() {
            handedOver.forEach(Runnable::run);
        }

        void runHandedOverNewestFirst() {
            for (int i = handedOver.size() - 1; i >= 0; i--) {
                handedOver.get(i).run();
            }
        }

        void fireDue() {
            List<Timer> due = timers.stream().filter(t -> !t.at().isAfter(clock.instant())).toList();
            timers.removeAll(due);
            due.forEach(t -> t.task().run());
        }
    }
}
