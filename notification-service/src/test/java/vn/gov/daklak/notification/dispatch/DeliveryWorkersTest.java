package vn.gov.daklak.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A sign-in code does not wait behind a backlog of report notifications. */
class DeliveryWorkersTest {
    private final DeliveryWorkers workers = new DeliveryWorkers(new DispatchProperties(3, Duration.ofSeconds(30),
            Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofSeconds(5), 100, 2, 1,
            10));
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
        assertThatThrownBy(() -> workers.execute(false, () -> { }))
                .as("the ordinary lane is full: the next one waits for the sweep")
                .isInstanceOf(RejectedExecutionException.class);

        CountDownLatch codeSent = new CountDownLatch(1);
        workers.execute(true, codeSent::countDown);

        assertThat(codeSent.await(10, TimeUnit.SECONDS)).as("sign-in code delivered").isTrue();
        assertThat(providerAnswers.getCount()).as("while every ordinary delivery is still stuck").isEqualTo(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
