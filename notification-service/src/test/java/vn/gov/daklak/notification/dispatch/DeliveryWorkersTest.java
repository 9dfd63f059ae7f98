package vn.gov.daklak.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.gov.daklak.platform.test.MutableClock;

/** A sign-in code does not wait behind a backlog of report notifications. */
class DeliveryWorkersTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T03:00:00Z"));
    private final DeliveryWorkers workers = new DeliveryWorkers(new DispatchProperties(3, Duration.ofSeconds(30),
            Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofSeconds(5), 100, 2, 1,
            10), clock);
    private final CountDownLatch providerAnswers = new CountDownLatch(1);

    @AfterEach
    void release() throws InterruptedException {
        providerAnswers.countDown();
        workers.destroy();
    }

    @Test
    void anUrgentNotificationIsDeliveredWhileTheOrdinaryLaneIsFullAndStuck() throws InterruptedException {
        CountDownLatch ordinaryStarted = new CountDownLatch(2);
        for (int i = 0; i < 2 + 10; i++) {
            workers.execute(false, () -> {
                ordinaryStarted.countDown();
                awaitQuietly(providerAnswers);
            });
        }
        assertThat(ordinaryStarted.await(10, TimeUnit.SECONDS)).isTrue();
        Thread[] deliveredBy = new Thread[1];
        workers.execute(false, () -> deliveredBy[0] = Thread.currentThread());
        assertThat(deliveredBy[0]).as("the ordinary lane is full: its caller delivers the next one itself")
                .isSameAs(Thread.currentThread());

        CountDownLatch codeSent = new CountDownLatch(1);
        workers.execute(true, codeSent::countDown);

        assertThat(codeSent.await(10, TimeUnit.SECONDS)).as("sign-in code delivered").isTrue();
        assertThat(providerAnswers.getCount()).as("while every ordinary delivery is still stuck").isEqualTo(1);
    }

    @Test
    void aRetryTimerRunsItsTaskOnItsLaneAtItsTime() throws InterruptedException {
        CountDownLatch retried = new CountDownLatch(1);
        Thread[] ranOn = new Thread[1];
        workers.executeAt(true, clock.instant().plusMillis(200), () -> {
            ranOn[0] = Thread.currentThread();
            retried.countDown();
        });
        assertThat(retried.await(10, TimeUnit.SECONDS)).as("the retry ran").isTrue();
        assertThat(ranOn[0].getName()).startsWith("notification-urgent-");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
