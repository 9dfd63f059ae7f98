package vn.gov.daklak.notification.dispatch;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that talk to providers, so a slow provider (timeouts, retries, a 429's wait) never holds up the Kafka
 * consumer that created the notification. Two lanes: urgent notifications (sign-in codes, alerts of urgent reports)
 * have their own threads and queue, so they never wait behind a backlog of ordinary ones. Bounded: when a lane is
 * full, a notification simply waits for the sweep — it is stored already. Not an {@code Executor} bean, so Spring
 * Boot's own task executor stays as it is.
 */
@Component
class DeliveryWorkers implements DeliveryLanes, DisposableBean {
    private final ThreadPoolExecutor ordinary;
    private final ThreadPoolExecutor urgent;

    DeliveryWorkers(DispatchProperties properties) {
        ordinary = pool("notification-delivery-", properties.workers(), properties.workQueue());
        urgent = pool("notification-urgent-", properties.urgentWorkers(), properties.workQueue());
    }

    private static ThreadPoolExecutor pool(String name, int threads, int queue) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread thread = new Thread(r, name + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public void execute(boolean isUrgent, Runnable task) {
        (isUrgent ? urgent : ordinary).execute(task);
    }

    @Override
    public void destroy() throws InterruptedException {
        ordinary.shutdown();
        urgent.shutdown();
        // what is cut short stays leased in MongoDB and is resumed after the lease, here or elsewhere
        ordinary.awaitTermination(10, TimeUnit.SECONDS);
        urgent.awaitTermination(1, TimeUnit.SECONDS);
    }
}
