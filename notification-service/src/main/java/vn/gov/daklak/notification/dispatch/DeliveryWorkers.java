package vn.gov.daklak.notification.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that talk to providers, so a slow provider (timeouts, retries, a 429's wait) never holds up the Kafka
 * consumer that created the notification. Two lanes: urgent notifications (sign-in codes, alerts of urgent reports)
 * have their own threads and queue, so they never wait behind a backlog of ordinary ones. Bounded: when a lane's queue
 * is full, the caller delivers the notification itself, which slows its consumer down (back-pressure) rather than
 * leaving the notification for a sweep. Retries and the ends of quiet hours are timers here, so nothing polls the
 * database for them. Not an {@code Executor} bean, so Spring Boot's own task executor stays as it is.
 */
@Component
class DeliveryWorkers implements DeliveryLanes, DisposableBean {
    private final ThreadPoolExecutor ordinary;
    private final ThreadPoolExecutor urgent;
    private final ScheduledExecutorService timers;
    private final Clock clock;

    DeliveryWorkers(DispatchProperties properties, Clock clock) {
        this.clock = clock;
        ordinary = pool("notification-delivery-", properties.workers(), properties.workQueue());
        urgent = pool("notification-urgent-", properties.urgentWorkers(), properties.workQueue());
        timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "notification-timers");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static ThreadPoolExecutor pool(String name, int threads, int queue) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread thread = new Thread(r, name + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    @Override
    public void execute(boolean isUrgent, Runnable task) {
        (isUrgent ? urgent : ordinary).execute(task);
    }

    @Override
    public void executeAt(boolean isUrgent, Instant at, Runnable task) {
        long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
        if (!timers.isShutdown()) {
            timers.schedule(() -> execute(isUrgent, task), delay, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        timers.shutdownNow();
        ordinary.shutdown();
        urgent.shutdown();
        // what is cut short stays leased in MongoDB and is resumed after the lease, here or elsewhere
        ordinary.awaitTermination(10, TimeUnit.SECONDS);
        urgent.awaitTermination(1, TimeUnit.SECONDS);
    }
}
